import type { z } from "zod";
import type { ImportKind, KindDefinition, RowValues, TemplateColumn } from "./columns";
import { KIND_DEFINITIONS } from "./kinds";
import { showValue } from "./problems";
import { normaliseHeader, type ProblemList, type SheetTable } from "./table";
import { typeCell } from "./values";

// A sheet's rows -> the API's fields, with every broken rule as a problem at its row and column. Rows are
// validated by the same zod schemas as the row API, so an import accepts exactly what the API accepts.

export type ValidRow = {
  rowNumber: number;
  /** row_id (lineage id) or log_id as given, lower case; the setting's name as given; null when empty. */
  id: string | null;
  fields: Record<string, unknown>;
  /** Maintenance only: the equipment line the log belongs to. */
  equipment?: { rowId: string | null; name: string | null };
  /** Consumption actuals only: the name of the consumption item the actual belongs to. */
  itemName?: string;
};

export type ValidatedSheet = { sheet: string; kind: ImportKind; rows: ValidRow[]; rowCount: number; invalidRowCount: number };

type ColumnIndex = Map<string, { column: TemplateColumn; index: number }>;

function indexColumns(table: SheetTable, definition: KindDefinition, problems: ProblemList): ColumnIndex | undefined {
  const positions = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = normaliseHeader(header);
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const columns: ColumnIndex = new Map();
  let isComplete = true;
  for (const column of definition.columns) {
    const index = positions.get(column.header);
    if (index !== undefined) columns.set(column.header, { column, index });
    else if (column.isRequired) {
      isComplete = false;
      const rule = `The header row has no "${column.header}" column`;
      problems.add({ sheet: table.sheet, row: 1, column: column.header, value: null, code: "missing_column", rule });
    }
  }
  return isComplete ? columns : undefined;
}

function defaultFields(definition: KindDefinition, values: RowValues): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const column of definition.columns) {
    const value = values[column.header];
    if (column.field && value !== null && value !== undefined) fields[column.field] = value;
  }
  return fields;
}

function columnOfIssue(definition: KindDefinition, issue: z.core.$ZodIssue): string {
  const custom = definition.columnOf?.(issue.path);
  if (custom) return custom;
  const field = issue.path[0];
  return definition.columns.find((column) => column.field === field)?.header ?? definition.idColumn ?? "";
}

/** Types and validates one row; problems go to the list, the valid row is returned. */
function validateRow(
  table: SheetTable,
  definition: KindDefinition,
  columns: ColumnIndex,
  row: SheetTable["rows"][number],
  problems: ProblemList,
): ValidRow | undefined {
  const values: RowValues = {};
  const raw: Record<string, unknown> = {};
  const failed = new Set<string>();
  const report = (column: string, value: unknown, code: string, rule: string) => {
    failed.add(column);
    problems.add({ sheet: table.sheet, row: row.rowNumber, column, value: showValue(value), code, rule });
  };
  for (const { column, index } of columns.values()) {
    const cell = row.cells[index] ?? null;
    raw[column.header] = cell;
    const typed = typeCell(cell, column);
    if (!typed.ok) report(column.header, cell, typed.code, typed.rule);
    else if (typed.value === null && column.isRequired) report(column.header, null, "required", "A value is required");
    else values[column.header] = typed.value;
  }
  for (const column of definition.columns) values[column.header] ??= null;
  const fields = (definition.toFields ?? ((v) => defaultFields(definition, v)))(values);
  const result = definition.schema.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const column = columnOfIssue(definition, issue);
      if (!failed.has(column)) report(column, raw[column], issue.code === "invalid_type" ? "type" : "rule", issue.message);
    }
  }
  if (failed.size > 0 || !result.success) return undefined;
  const id = definition.idColumn ? values[definition.idColumn] : null;
  const validRow: ValidRow = { rowNumber: row.rowNumber, id: typeof id === "string" ? id : null, fields: result.data as Record<string, unknown> };
  if (definition.kind === "maintenance") {
    validRow.equipment = { rowId: (values.equipment_row_id as string | null) ?? null, name: (values.equipment_name as string | null) ?? null };
  }
  if (definition.kind === "consumption-actuals") validRow.itemName = String(values.item_name);
  return validRow;
}

/** Reports rows that repeat an id or a unique field (period, parameter name) of an earlier row of the sheet. */
function checkDuplicates(table: SheetTable, definition: KindDefinition, rows: ValidRow[], problems: ProblemList): ValidRow[] {
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const keys: [string, string, unknown][] = definition.idColumn ? [[definition.idColumn, "id", row.id]] : [];
    const { uniqueField } = definition;
    if (uniqueField) {
      const header = definition.columns.find((c) => c.field === uniqueField)?.header ?? uniqueField;
      keys.push([header, "key", row.fields[uniqueField]]);
    }
    let isUnique = true;
    for (const [column, tag, value] of keys) {
      if (value === null || value === undefined) continue;
      const key = `${tag}:${String(value).toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined) {
        isUnique = false;
        const rule = `Row ${first} has the same ${column}; each must be unique`;
        problems.add({ sheet: table.sheet, row: row.rowNumber, column, value: showValue(value), code: "duplicate", rule });
      } else seen.set(key, row.rowNumber);
    }
    return isUnique;
  });
}

/** Validates one sheet of a known kind. */
export function validateSheet(table: SheetTable, problems: ProblemList): ValidatedSheet {
  const definition = KIND_DEFINITIONS[table.kind];
  const columns = indexColumns(table, definition, problems);
  const empty = { sheet: table.sheet, kind: table.kind, rows: [], rowCount: table.rows.length, invalidRowCount: table.rows.length };
  if (!columns) return empty;
  const valid: ValidRow[] = [];
  for (const row of table.rows) {
    const validRow = validateRow(table, definition, columns, row, problems);
    if (validRow) valid.push(validRow);
  }
  const rows = checkDuplicates(table, definition, valid, problems);
  return { sheet: table.sheet, kind: table.kind, rows, rowCount: table.rows.length, invalidRowCount: table.rows.length - rows.length };
}
