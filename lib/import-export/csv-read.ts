import { parse } from "csv-parse/sync";
import type { ImportKind } from "./columns";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import type { SheetTable } from "./table";

// A CSV upload -> one sheet table. Refuses what is not UTF-8 text, a workbook sent as CSV, a record longer
// than the row limit and more rows than the limit, each with a clear message (never a crash).

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function decodeText(bytes: Uint8Array): string {
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw refuseFile("This file is a zip archive or workbook, not CSV text; upload it as .xlsx");
  }
  if (bytes.includes(0)) throw refuseFile("This file is binary, not CSV text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuseFile("This file is not UTF-8 text; save the CSV as UTF-8");
  }
}

function csvError(error: unknown, limits: ImportLimits): Error {
  const code = (error as { code?: string }).code;
  const line = (error as { lines?: number }).lines;
  const where = line ? ` (near line ${line})` : "";
  if (code === "CSV_MAX_RECORD_SIZE") return refuseFile(`A row is longer than ${limits.maxRowChars} characters${where}`);
  if (code === "CSV_QUOTE_NOT_CLOSED") return refuseFile(`A quoted value is never closed${where}; this is not valid CSV`);
  return refuseFile(`This file is not valid CSV${where}`);
}

/** Parses a CSV upload (UTF-8, BOM tolerated, comma separated, "…" quoting) into the table of one kind. */
export function readCsv(bytes: Uint8Array, { kind, limits }: { kind: ImportKind; limits: ImportLimits }): SheetTable {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: limits.maxRowChars,
      // Header + one record beyond the limit is enough to refuse.
      to: limits.maxRows + 2,
    }) as string[][];
  } catch (error) {
    throw csvError(error, limits);
  }
  const [headers, ...rows] = records;
  if (!headers) throw refuseFile("The file is empty: it needs a header row");
  if (rows.length > limits.maxRows) {
    throw refuseFile(`The file has more than ${limits.maxRows} rows, the most one import may hold`, { code: "TOO_MANY_ROWS" });
  }
  return { sheet: kind, kind, headers, rows: rows.map((cells, index) => ({ rowNumber: index + 2, cells })) };
}
