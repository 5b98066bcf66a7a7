import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { toCsvLine } from "./csv-write";
import type { RowSource } from "./simulation-tables";

// Streams of tables: nothing is built whole, so a million sample rows go out in small chunks.

const LINES_PER_CHUNK = 2000;
/** Excel's sheet height, header included. */
const MAX_SHEET_ROWS = 1_048_576;

/** A CSV (UTF-8 with BOM) pulled chunk by chunk as the client reads. */
export function csvStream(table: RowSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = -1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next === -1) {
        controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(table.header)}`));
        next = 0;
        return;
      }
      const end = Math.min(next + LINES_PER_CHUNK, table.rowCount);
      let text = "";
      for (let index = next; index < end; index += 1) text += toCsvLine(table.rowAt(index));
      next = end;
      if (text) controller.enqueue(encoder.encode(text));
      if (next >= table.rowCount) controller.close();
    },
  });
}

async function writeSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheets: readonly { name: string; table: RowSource }[]): Promise<void> {
  for (const { name, table } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(table.header).commit();
    const rows = Math.min(table.rowCount, MAX_SHEET_ROWS - 1);
    for (let index = 0; index < rows; index += 1) {
      sheet.addRow(table.rowAt(index)).commit();
      // Let the zip stream drain now and then.
      if (index % 5000 === 4999) await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** A workbook with one sheet per table, written by exceljs's streaming writer. */
export function xlsxStream(sheets: readonly { name: string; table: RowSource }[]): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
  writeSheets(workbook, sheets).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as unknown as ReadableStream<Uint8Array>;
}
