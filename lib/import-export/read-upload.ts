import type { ImportKind } from "./columns";
import { readCsv } from "./csv-read";
import type { ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import { ProblemList, type SheetTable } from "./table";
import { validateSheet, type ValidatedSheet } from "./validate";
import { readWorkbook } from "./upload-worker";

export type Upload = { name: string; bytes: Uint8Array };
export type UploadFormat = "csv" | "xlsx";

export type ReadUpload = { format: UploadFormat; sheets: ValidatedSheet[]; problems: ProblemList };

function formatOf(upload: Upload): UploadFormat {
  const name = upload.name.toLowerCase();
  if (name.endsWith(".xls")) throw refuseFile("Old .xls workbooks are not supported; save the file as .xlsx");
  const isZip = upload.bytes[0] === 0x50 && upload.bytes[1] === 0x4b;
  return name.endsWith(".xlsx") || isZip ? "xlsx" : "csv";
}

function checkOneSheetPerKind(tables: readonly SheetTable[]): void {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.kind)) throw refuseFile(`The workbook has two sheets named ${table.kind}; keep one`);
    seen.add(table.kind);
  }
}

/** Reads and validates an upload: a CSV of `kind`, or a workbook with a sheet per kind. */
export async function readUpload(upload: Upload, { kind, limits }: { kind?: ImportKind; limits: ImportLimits }): Promise<ReadUpload> {
  if (upload.bytes.length === 0) throw refuseFile("The file is empty");
  if (upload.bytes.length > limits.maxBytes) throw refuseFile(`The file is larger than ${limits.maxBytes} bytes`, { status: 413 });
  const format = formatOf(upload);
  let tables: SheetTable[];
  if (format === "xlsx") tables = await readWorkbook(upload.bytes, limits);
  else {
    if (!kind) throw refuseFile("Say which kind of rows the CSV holds (the kind field)", { status: 400, code: "BAD_REQUEST" });
    tables = [readCsv(upload.bytes, { kind, limits })];
  }
  checkOneSheetPerKind(tables);
  const problems = new ProblemList();
  const sheets = tables.map((table) => validateSheet(table, problems));
  return { format, sheets, problems };
}
