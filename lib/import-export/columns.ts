import type { z } from "zod";
import { ROW_KIND_VOCABULARY, type ImportKind, type RowKeyField, type RowKindVocabulary, type RowSegment, type ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { ROW_SCHEMAS } from "@/lib/validation/rows";

// The vocabulary of the import/export templates: one kind per sheet (or CSV file), one column per field, with
// the unit in the header. The same definitions write the templates and exports and read the uploads. The kinds
// themselves (settings, a sheet per row kind, maintenance, correlations) are named in lib/domain/row-kinds.ts.

export { IMPORT_KINDS, type ImportKind } from "@/lib/domain/row-kinds";

export type ColumnType = "number" | "integer" | "text" | "enum" | "date" | "uuid";

export type TemplateColumn = {
  /** Lower-case header with its unit (`ore_processed_t`); matched case-insensitively on import. */
  header: string;
  /** The field of the API row it fills; "" for columns a kind assembles itself (parameters' dist_*). */
  field: string;
  type: ColumnType;
  /** A value must be given (an empty cell breaks the rule). */
  isRequired: boolean;
  values?: readonly string[];
  description: string;
  /** The template's example row. */
  example: string | number | null;
};

/** A parsed cell: what a CSV or a workbook holds, before the column's type is applied. */
export type CellValue = string | number | boolean | Date | null;

/** The typed values of one row, keyed by column header. */
export type RowValues = Record<string, string | number | null>;

export type KindDefinition = {
  kind: ImportKind;
  label: string;
  /**
   * The scenario row table it replaces; undefined for settings (columns of the scenario itself), maintenance logs
   * (they belong to equipment rows) and correlations (pairs of parameters).
   */
  entity?: ScenarioRowEntity;
  /**
   * Column carrying what identifies a row, unique in the sheet: the lineage id, the log id for maintenance, the
   * setting's name for settings; undefined for correlations (a pair is identified by two columns).
   */
  idColumn?: string;
  /** Field that identifies a row when the id column is empty (a name only one effective row has, or the period). */
  naturalKey?: RowKeyField;
  /** Field no two rows of the sheet may share (the row kind's unique field: a parameter's name, a period). */
  uniqueField?: RowKeyField;
  columns: readonly TemplateColumn[];
  /** Validates the assembled fields (the same zod schema the row API uses). */
  schema: z.ZodType;
  /** Builds the API fields from typed column values (default: column -> field). */
  toFields?: (values: RowValues) => Record<string, unknown>;
  /** The column a zod issue path points at (default: the column of the path's first field). */
  columnOf?: (path: readonly PropertyKey[]) => string | undefined;
  /** A stored row's cells for export (default: field -> column). */
  toCells?: (row: Record<string, unknown>) => RowValues;
};

/** A column that maps one-to-one to a field. */
export function column(
  header: string,
  field: string,
  type: ColumnType,
  options: { isRequired?: boolean; values?: readonly string[]; description: string; example: TemplateColumn["example"] },
): TemplateColumn {
  return { header, field, type, isRequired: options.isRequired ?? false, ...options };
}

/** The row id column every scenario-row kind starts with. */
export const ROW_ID_COLUMN = column("row_id", "", "uuid", {
  description:
    "The row's stable id (lineage id). Exports fill it; leave it empty for new rows. A known id updates that row; an unknown id creates the row under that id.",
  example: null,
});

/**
 * The sheet of a row kind: its name, table, keys and schema are the row kind's own (lib/domain/row-kinds.ts,
 * lib/validation/rows), so an import matches and validates rows exactly as the row API does.
 */
export function rowKindSheet(
  entity: ScenarioRowEntity,
  sheet: Pick<KindDefinition, "label" | "columns" | "toFields" | "columnOf" | "toCells">,
): KindDefinition {
  const kind: RowSegment = ROW_KIND_VOCABULARY[entity].segment;
  const { naturalKey, uniqueField }: RowKindVocabulary = ROW_KIND_VOCABULARY[entity];
  return { ...sheet, kind, entity, idColumn: ROW_ID_COLUMN.header, naturalKey, uniqueField, schema: ROW_SCHEMAS[entity].create };
}
