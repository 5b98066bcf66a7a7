import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import * as exportRoute from "@/app/api/simulations/[runId]/export/route";
import type { Caller } from "./scenario-api";
import type { SimulationWorld } from "./simulation-world";

// Reading back what GET /api/simulations/{runId}/export sends: the raw Response (callRoute would JSON-parse the
// body), CSV and workbook tables as records keyed by the header row, so a test names the column it checks.

/** One table row, keyed by its header: numbers stay numbers (CSV text is converted), empty cells are null. */
export type TableRecord = Record<string, string | number | null>;

/** Calls the export route as `caller` (a query string such as "?format=csv&part=percentiles"). */
export async function requestExport(world: SimulationWorld, runId: string, query = "", caller: Caller = "analyst"): Promise<Response> {
  const cookie = world.cookies[caller];
  const headers = new Headers(cookie ? { cookie } : {});
  const request = new Request(`http://localhost:3000/api/simulations/${runId}/export${query}`, { headers });
  return exportRoute.GET(request, { params: Promise.resolve({ runId }) });
}

/** A CSV cell as the export wrote it: "" for no value, numbers as their shortest round-trip text. */
function csvValue(text: string): string | number | null {
  if (text === "") return null;
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}

/** The CSV's records (UTF-8 with a BOM, RFC 4180). */
export function readCsvTable(text: string): { header: string[]; records: TableRecord[] } {
  const rows = parse(text, { bom: true }) as string[][];
  const [header = [], ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header.map((name, i) => [name, csvValue(row[i] ?? "")])));
  return { header, records };
}

function cellValue(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error(`unexpected cell ${JSON.stringify(value)}`);
}

/** Every sheet of the workbook, by name, as records; `names` keeps the sheet order. */
export async function readWorkbookTables(bytes: ArrayBuffer): Promise<{ names: string[]; tables: Map<string, { header: string[]; records: TableRecord[] }> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const tables = new Map<string, { header: string[]; records: TableRecord[] }>();
  workbook.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    // includeEmpty: a row of empty cells must still count (it would shift every later iteration).
    sheet.eachRow({ includeEmpty: true }, (row) => {
      rows.push(Array.from({ length: sheet.columnCount }, (_, i) => cellValue(row.getCell(i + 1).value)));
    });
    const [header = [], ...body] = rows;
    const names = header.map(String);
    tables.set(sheet.name, { header: names, records: body.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? null]))) });
  });
  return { names: [...tables.keys()], tables };
}
