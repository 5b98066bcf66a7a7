import { capexItems, consumptionItems, equipment, opexItems, processParameters, productionOutputs } from "../../schema";
import type { AuditEntityType } from "@/lib/domain/audit";
import { type ScenarioRowEntity } from "@/lib/domain/inputs";
import type { ScenarioRowByEntity } from "../scenario-inheritance";

/** What the data layer needs to know about each kind of scenario input row. */
export type RowEntityInfo = {
  /** Table-like name written to the audit log. */
  auditEntityType: AuditEntityType;
  /** Column that must be unique among the scenario's EFFECTIVE rows (the database only sees own rows). */
  uniqueField?: "name" | "period";
  /**
   * Updates are written as delete + re-insert (same id and lineage) when a bulk replace may swap unique values
   * between rows, which an in-place UPDATE would trip over mid-statement.
   */
  hasUniqueColumn: boolean;
};

export const ROW_ENTITY_INFO: Record<ScenarioRowEntity, RowEntityInfo> = {
  parameter: { auditEntityType: "process_parameter", uniqueField: "name", hasUniqueColumn: true },
  production: { auditEntityType: "production_output", uniqueField: "period", hasUniqueColumn: true },
  capex: { auditEntityType: "capex_item", hasUniqueColumn: false },
  opex: { auditEntityType: "opex_item", hasUniqueColumn: false },
  consumption: { auditEntityType: "consumption_item", hasUniqueColumn: false },
  equipment: { auditEntityType: "equipment", hasUniqueColumn: false },
};

const ROW_TABLES = {
  parameter: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
} as const;

/**
 * The table of an entity, typed as one of them: drizzle cannot type queries over a union of tables, and every
 * row table shares the columns the generic code touches (id, scenario_id, lineage_id, timestamps).
 */
export type RowTable = typeof capexItems;
export function rowTableOf(entity: ScenarioRowEntity): RowTable {
  return ROW_TABLES[entity] as unknown as RowTable;
}

export type AnyScenarioRow = ScenarioRowByEntity[ScenarioRowEntity];
/** A row's values without its identity and bookkeeping columns. */
export type RowFields = Record<string, unknown>;

const BOOKKEEPING_COLUMNS = new Set(["id", "scenarioId", "lineageId", "createdAt", "updatedAt"]);

/** The caller-settable values of a stored row (what an override copies from its parent). */
export function fieldsOf(row: AnyScenarioRow | RowFields): RowFields {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !BOOKKEEPING_COLUMNS.has(key)));
}

/** Numeric columns round to at most 8 decimals, so values equal within 1e-9 (relative) are the same value. */
function isSameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return a === b;
}

/** True when every field of `desired` equals the same field of `stored`. */
export function hasSameFields(desired: RowFields, stored: RowFields): boolean {
  return Object.entries(desired).every(([key, value]) => isSameValue(value, stored[key] ?? null));
}
