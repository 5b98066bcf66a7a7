import { numberToText, parseNumberText, type DecimalSeparator } from "@/app/ui/format/parse-number";
import type { ApiFieldErrors } from "@/lib/client/api-client";
import type { CellErrors, GridColumn, GridRow } from "@/app/ui/scenario-editor/grid/types";

// The year/price grid of a price deck: its columns, rows from the stored prices, and rows back to the API's
// `prices` (blank rows left out). Pure. The API validates again (it is the authority); reading here first puts the
// same kind of message beside the cell without a round trip and never sends NaN. Prices are typed and shown in the
// person's number format (number-format-provider.tsx): "4,25" under a decimal comma.

export type YearPrice = { year: number; price: number };

/** Year, then price with its unit in the header, e.g. "Price (USD/lb)". */
export function deckColumns(unitLabel: string): GridColumn[] {
  return [
    { key: "year", label: "Year", kind: "integer", isUngrouped: true, widthCh: 6 },
    { key: "price", label: `Price (${unitLabel})`, kind: "number", widthCh: 10 },
  ];
}

function row(key: string, values: Record<string, string>, origin: GridRow["origin"]): GridRow {
  return { key, origin, savedOrigin: origin, values, extra: {}, savedValues: values, savedExtra: {} };
}

let newRowCount = 0;

/** A blank row (a paste below the last row adds these). */
export function newDeckRow(): GridRow {
  newRowCount += 1;
  return row(`new-${newRowCount}`, { year: "", price: "" }, "new");
}

/** The stored prices as grid rows, in the person's format (one blank row when there are none, so a paste has a cell to land in). */
export function toDeckRows(prices: readonly YearPrice[], decimal: DecimalSeparator = "."): GridRow[] {
  if (prices.length === 0) return [newDeckRow()];
  return prices.map((p) => row(`year-${p.year}`, { year: String(p.year), price: numberToText(p.price, decimal) }, "own"));
}

/**
 * "4.25", " 4,250.5 " (groups of three read as a spreadsheet writes them) → a number under a decimal point;
 * "4,25" under a decimal comma; NaN for blank or refused text.
 */
function parseNumber(text: string, decimal: DecimalSeparator): number {
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "number" ? parsed.value : Number.NaN;
}

function priceMessage(text: string, unitLabel: string, decimal: DecimalSeparator): string {
  const parsed = parseNumberText(text, decimal);
  if (parsed.kind === "invalid") return parsed.message;
  return `Enter the price in ${unitLabel}, e.g. ${decimal === "." ? "4.25" : "4,25"}`;
}

export type ReadPrices =
  { ok: true; prices: YearPrice[]; rowKeys: string[] } | { ok: false; errors: CellErrors };

/** The rows as the API's prices (blank rows skipped) and the key of each row sent, or the cells to fix. */
export function readDeckRows(rows: readonly GridRow[], unitLabel: string, decimal: DecimalSeparator = "."): ReadPrices {
  const errors: CellErrors = new Map();
  const prices: YearPrice[] = [];
  const rowKeys: string[] = [];
  for (const gridRow of rows) {
    const yearText = gridRow.values.year?.trim() ?? "";
    const priceText = gridRow.values.price?.trim() ?? "";
    if (yearText === "" && priceText === "") continue;
    const cellErrors = new Map<string, string>();
    const year = parseNumber(yearText, decimal);
    const price = parseNumber(priceText, decimal);
    if (!Number.isInteger(year)) cellErrors.set("year", "Enter the calendar year, e.g. 2030");
    if (!Number.isFinite(price)) cellErrors.set("price", priceMessage(priceText, unitLabel, decimal));
    else if (price < 0) cellErrors.set("price", `Price must be 0 or more, in ${unitLabel}`);
    if (cellErrors.size > 0) errors.set(gridRow.key, cellErrors);
    prices.push({ year, price });
    rowKeys.push(gridRow.key);
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, prices, rowKeys };
}

/** The API's `prices.<index>.<field>` errors on the cells of the rows that were sent, in order. */
export function toCellErrors(fieldErrors: ApiFieldErrors, rowKeys: readonly string[]): CellErrors {
  const errors: CellErrors = new Map();
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const match = /^prices\.(\d+)\.(year|price)$/.exec(path);
    const rowKey = match ? rowKeys[Number(match[1])] : undefined;
    const message = messages?.[0];
    if (!match?.[2] || !rowKey || !message) continue;
    const cells = errors.get(rowKey) ?? new Map<string, string>();
    cells.set(match[2], message);
    errors.set(rowKey, cells);
  }
  return errors;
}
