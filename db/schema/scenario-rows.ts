import { index, pgEnum, pgTable, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { scenarios } from "./scenarios";
import { SCENARIO_ROW_ENTITIES } from "../../lib/domain/inputs";

// Input rows of a scenario (parameters, production, capex, opex, consumption, equipment) share one
// inheritance rule, keyed by lineage_id, which a row keeps when a child scenario overrides it:
//
//   effective(child) = effective(parent)
//                      with each row whose lineage_id the child also has replaced by the child's row,
//                      minus the lineage_ids in scenario_row_removals for the child,
//                      plus the child's rows with new lineage_ids.
//
// A root scenario's effective rows are its own rows. Override rows are complete rows (not partial patches),
// so every column of an input table can stay NOT NULL and fully checked.

/** Columns every input row has: its id, its scenario, its lineage and timestamps. */
export function scenarioRowColumns() {
  return {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    /** Stable identity across the scenario tree; a child's override row copies the parent row's lineage_id. */
    lineageId: uuid("lineage_id").notNull().defaultRandom(),
    ...timestamps,
  };
}

/** One lineage per scenario; its leading scenario_id is also the index for the scenario FK. */
export function scenarioRowLineageUnique(
  table: string,
  t: { scenarioId: AnyPgColumn; lineageId: AnyPgColumn },
) {
  return unique(`${table}_scenario_id_lineage_id_unique`).on(t.scenarioId, t.lineageId);
}

export const scenarioRowEntityEnum = pgEnum("scenario_row_entity", SCENARIO_ROW_ENTITIES);

/** Inherited rows a child scenario removes ("this child has no such capex item"). */
export const scenarioRowRemovals = pgTable(
  "scenario_row_removals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    entity: scenarioRowEntityEnum("entity").notNull(),
    lineageId: uuid("lineage_id").notNull(),
    ...timestamps,
  },
  (t) => [
    unique("scenario_row_removals_scenario_id_entity_lineage_id_unique").on(
      t.scenarioId,
      t.entity,
      t.lineageId,
    ),
    index("scenario_row_removals_lineage_id_idx").on(t.lineageId),
  ],
);

export type ScenarioRowRemoval = typeof scenarioRowRemovals.$inferSelect;
export type NewScenarioRowRemoval = typeof scenarioRowRemovals.$inferInsert;
