import type { CellValue, TemplateColumn } from "./columns";

// Typing one cell by its column: the import's format rules (dot decimals, ISO 8601 dates, empty = null).

/** A workbook cell holding a formula: refused wherever it is, naming the cell. */
export type FormulaCell = { formula: string; address: string };
export type RawCell = CellValue | FormulaCell;

export type Typed = { ok: true; value: string | number | null } | { ok: false; code: string; rule: string };

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isFormulaCell(cell: RawCell): cell is FormulaCell {
  return cell !== null && typeof cell === "object" && !(cell instanceof Date);
}

function fail(code: string, rule: string): Typed {
  return { ok: false, code, rule };
}

function toNumber(cell: CellValue): Typed {
  if (typeof cell === "number") return Number.isFinite(cell) ? { ok: true, value: cell } : fail("number", "Must be a finite number");
  const text = String(cell).trim();
  if (DECIMAL.test(text)) return { ok: true, value: Number(text) };
  if (/^[+-]?[\d.\s]*,\d*$/.test(text) || /\d,\d{3}/.test(text)) {
    return fail("number", "Use a dot as the decimal separator and no thousands separators, e.g. 1234.5");
  }
  return fail("number", "Must be a number, e.g. 1234.5");
}

function toDate(cell: CellValue): Typed {
  // Workbook dates arrive as Date at UTC midnight (exceljs); keep the calendar date.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? fail("date", "Not a valid date") : { ok: true, value: cell.toISOString().slice(0, 10) };
  const text = String(cell).trim();
  const match = ISO_DATE.exec(text);
  if (!match) return fail("date", "Must be an ISO 8601 date, YYYY-MM-DD");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal || year < 1) return fail("date", "Not a calendar date");
  return { ok: true, value: text };
}

function toText(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell).trim();
  // Exports guard text that would run as a formula with a leading apostrophe (csv-write.ts); drop it again.
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** The cell typed by its column, or the rule it breaks. Empty cells are null (required is checked later). */
export function typeCell(cell: RawCell, column: TemplateColumn): Typed {
  if (isFormulaCell(cell)) {
    return fail("formula", `Cell ${cell.address} holds a formula (=${cell.formula}); enter the value itself (paste as values)`);
  }
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return { ok: true, value: null };
  switch (column.type) {
    case "number":
      return toNumber(cell);
    case "integer": {
      const typed = toNumber(cell);
      if (typed.ok && !Number.isInteger(typed.value)) return fail("integer", "Must be a whole number");
      return typed;
    }
    case "date":
      return toDate(cell);
    case "enum": {
      const text = toText(cell).toLowerCase();
      const match = column.values?.find((value) => value.toLowerCase() === text);
      return match ? { ok: true, value: match } : fail("enum", `Must be one of: ${(column.values ?? []).join(", ")}`);
    }
    case "uuid": {
      const text = toText(cell);
      return UUID.test(text) ? { ok: true, value: text.toLowerCase() } : fail("uuid", "Must be a UUID (as exported), or empty");
    }
    default:
      return { ok: true, value: toText(cell) };
  }
}
