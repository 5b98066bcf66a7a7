// The kinds of a scenario's input rows, named once: the schema (scenario_row_entity), the row API's URL segments,
// the import sheets, the audit log and the editor all derive from this table. Zod schemas per kind live in
// lib/validation/rows, table mappings in db/queries/rows/tables.ts.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const SCENARIO_ROW_ENTITIES = ["parameter", "production", "capex", "opex", "consumption", "equipment", "product"] as const;

export type ScenarioRowEntity = (typeof SCENARIO_ROW_ENTITIES)[number];

/** A field whose value identifies one row among the scenario's effective rows. */
export type RowKeyField = "name" | "period";

export type RowKindVocabulary = {
  /** URL segment under /api/scenarios/{scenarioId}/ and the import/export kind (sheet name, CSV kind). */
  segment: string;
  /** Singular, lower case, for messages and docs: "capex item". */
  label: string;
  /** What the audit log calls a row of this kind (one of AUDIT_ENTITY_TYPES). */
  auditEntityType: "process_parameter" | "production_output" | "capex_item" | "opex_item" | "consumption_item" | "equipment" | "product";
  /**
   * Field that must be unique among the scenario's EFFECTIVE rows (the database only sees own rows); a bulk
   * replace updates such rows by delete + re-insert so values swapped between rows never collide mid-way.
   */
  uniqueField?: RowKeyField;
  /** Field an import matches a row by when it carries no row id (a name only one row has, or the period). */
  naturalKey: RowKeyField;
};

export const ROW_KIND_VOCABULARY = {
  parameter: {
    segment: "parameters",
    label: "process parameter",
    auditEntityType: "process_parameter",
    uniqueField: "name",
    naturalKey: "name",
  },
  production: {
    segment: "production",
    label: "production period",
    auditEntityType: "production_output",
    uniqueField: "period",
    naturalKey: "period",
  },
  capex: { segment: "capex", label: "capex item", auditEntityType: "capex_item", naturalKey: "name" },
  opex: { segment: "opex", label: "opex item", auditEntityType: "opex_item", naturalKey: "name" },
  consumption: { segment: "consumption", label: "consumption item", auditEntityType: "consumption_item", naturalKey: "name" },
  equipment: { segment: "equipment", label: "equipment line", auditEntityType: "equipment", naturalKey: "name" },
  // Co- and by-products (issue #14); the primary is the scenario's commodity, never a row.
  product: { segment: "products", label: "product", auditEntityType: "product", uniqueField: "name", naturalKey: "name" },
} as const satisfies Record<ScenarioRowEntity, RowKindVocabulary>;

export type RowSegment = (typeof ROW_KIND_VOCABULARY)[ScenarioRowEntity]["segment"];

/** The URL segments (and import kinds) of the row kinds, in SCENARIO_ROW_ENTITIES order. */
export const ROW_SEGMENTS: readonly RowSegment[] = SCENARIO_ROW_ENTITIES.map((entity) => ROW_KIND_VOCABULARY[entity].segment);

/** The row kind a URL segment (or an import kind) names. */
export const ENTITY_OF_SEGMENT = Object.fromEntries(
  SCENARIO_ROW_ENTITIES.map((entity) => [ROW_KIND_VOCABULARY[entity].segment, entity]),
) as Record<RowSegment, ScenarioRowEntity>;

/**
 * The import/export kinds: the scenario's settings, the price decks it uses, a sheet per row kind, the maintenance
 * logs of the equipment rows, the consumption actuals of the consumption items, and the parameters' correlations.
 * In this order in workbooks; an import plans and writes price decks first (the settings name them), then
 * settings, and correlations last (they name parameters the same file may create).
 */
export type ImportKind = "settings" | "price-decks" | RowSegment | "maintenance" | "consumption-actuals" | "correlations";

export const IMPORT_KINDS: readonly ImportKind[] = ["settings", "price-decks", ...ROW_SEGMENTS, "maintenance", "consumption-actuals", "correlations"];
