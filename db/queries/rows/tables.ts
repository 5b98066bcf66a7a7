import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { capexItems, consumptionItems, equipment, opexItems, processParameters, productionOutputs, scenarioProducts } from "../../schema";
import type { ScenarioRowByEntity } from "../scenario-inheritance";

// The table of each kind of scenario input row (the kinds are named in lib/domain/row-kinds.ts).

const ROW_TABLES = {
  parameter: processParameters,
  production: productionOutputs,
  capex: capexItems,
  opex: opexItems,
  consumption: consumptionItems,
  equipment,
  product: scenarioProducts,
} as const satisfies Record<ScenarioRowEntity, unknown>;

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
