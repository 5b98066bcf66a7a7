import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import * as exportRoute from "@/app/api/simulations/[runId]/export/route";
import type { Caller } from "./scenario-api";
import type { SimulationWorld } from "./simulation-world";

// Reading back what the export routes send (GET /api/simulations/{runId}/export, the page exports): the raw Response (callRoute would JSON-parse the
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

type GetHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls any export route's GET with the caller's cookie (undefined = anonymous) and path params; the raw Response. */
export async function requestFile(handler: GetHandler, url: string, { cookie, params = {} }: { cookie: string | undefined; params?: Record<string, string> }): Promise<Response> {
  const headers = new Headers(cookie ? { cookie } : {});
  return handler(new Request(new URL(url, "http://localhost:3000"), { headers }), { params: Promise.resolve(params) });
}

/** Both formats of one export read back as records: the CSV, and the workbook's sheet `sheet` (default the first). */
export async function readBothFormats(
  fetchFile: (format: "csv" | "xlsx") => Promise<Response>,
  sheet?: string,
): Promise<{ csv: { header: string[]; records: TableRecord[] }; xlsx: { header: string[]; records: TableRecord[] }; sheetNames: string[] }> {
  const csvResponse = await fetchFile("csv");
  if (csvResponse.status !== 200) throw new Error(`CSV export answered ${csvResponse.status}: ${await csvResponse.text()}`);
  const xlsxResponse = await fetchFile("xlsx");
  if (xlsxResponse.status !== 200) throw new Error(`xlsx export answered ${xlsxResponse.status}: ${await xlsxResponse.text()}`);
  const { names, tables } = await readWorkbookTables(await xlsxResponse.arrayBuffer());
  const xlsx = tables.get(sheet ?? names[0] ?? "") ?? { header: [], records: [] };
  return { csv: readCsvTable(await csvResponse.text()), xlsx, sheetNames: names };
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
