import ExcelJS from "exceljs";
import { IMPORT_KINDS, type ImportKind, type KindDefinition, type RowValues } from "./columns";
import { toCsv, type OutCell } from "./csv-write";
import { KIND_DEFINITIONS } from "./kinds";

// Templates and exports share one layout: a header row of the kind's columns, then one row per record. The
// workbook has a sheet per kind plus a "columns" sheet documenting every column (ignored on import).

export type KindRows = { kind: ImportKind; rows: RowValues[] };

export function headersOf(definition: KindDefinition): string[] {
  return definition.columns.map((column) => column.header);
}

export function cellsOf(definition: KindDefinition, values: RowValues): OutCell[] {
  return definition.columns.map((column) => values[column.header] ?? null);
}

function exampleRow(definition: KindDefinition): RowValues {
  return Object.fromEntries(definition.columns.map((column) => [column.header, column.example]));
}

/** GET /api/templates/{kind}.csv: the header and an example row. */
export function templateCsv(kind: ImportKind): string {
  const definition = KIND_DEFINITIONS[kind];
  return toCsv([headersOf(definition), cellsOf(definition, exampleRow(definition))]);
}

/** A CSV of one kind's rows (scenario export). */
export function rowsCsv({ kind, rows }: KindRows): string {
  const definition = KIND_DEFINITIONS[kind];
  return toCsv([headersOf(definition), ...rows.map((row) => cellsOf(definition, row))]);
}

function addDocumentationSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("columns");
  sheet.addRow(["kind", "column", "type", "required", "allowed values", "description"]).font = { bold: true };
  for (const kind of IMPORT_KINDS) {
    for (const column of KIND_DEFINITIONS[kind].columns) {
      sheet.addRow([kind, column.header, column.type, column.isRequired ? "yes" : "no", (column.values ?? []).join(", "), column.description]);
    }
  }
  sheet.columns.forEach((col, index) => (col.width = [14, 26, 10, 9, 40, 80][index] ?? 12));
}

/** A workbook with one sheet per kind (header + rows) and the documentation sheet. */
export async function kindsWorkbook(sheets: readonly KindRows[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CalMiner";
  for (const { kind, rows } of sheets) {
    const definition = KIND_DEFINITIONS[kind];
    const sheet = workbook.addWorksheet(kind, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(headersOf(definition)).font = { bold: true };
    for (const row of rows) sheet.addRow(cellsOf(definition, row).map((cell) => cell ?? null));
    sheet.columns.forEach((col) => (col.width = 18));
  }
  addDocumentationSheet(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** GET /api/templates/scenario.xlsx: every kind with its example row. */
export async function templateWorkbook(): Promise<Uint8Array<ArrayBuffer>> {
  return kindsWorkbook(IMPORT_KINDS.map((kind) => ({ kind, rows: [exampleRow(KIND_DEFINITIONS[kind])] })));
}
