import { check, integer, pgTable, unique } from "drizzle-orm/pg-core";
import { decimal, isNonNegative, isPercentage, percent } from "./columns";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";

/**
 * The production schedule, one row per period (period 0 = first construction year). Metal produced and
 * revenue are derived by the engine, never stored. Whether ore processed fits the ore available (stockpiles)
 * is a planning question for the app, not a database rule.
 */
export const productionOutputs = pgTable(
  "production_outputs",
  {
    ...scenarioRowColumns(),
    period: integer("period").notNull(),
    oreMinedT: decimal("ore_mined_t").notNull(),
    wasteMinedT: decimal("waste_mined_t").notNull(),
    oreProcessedT: decimal("ore_processed_t").notNull(),
    /** In the scenario's grade_unit (%, g/t or ppm). */
    headGrade: decimal("head_grade").notNull(),
    recoveryPct: percent("recovery_pct").notNull(),
  },
  (t) => [
    scenarioRowLineageUnique("production_outputs", t),
    unique("production_outputs_scenario_id_period_unique").on(t.scenarioId, t.period),
    check("production_outputs_period_non_negative", isNonNegative(t.period)),
    check("production_outputs_ore_mined_t_non_negative", isNonNegative(t.oreMinedT)),
    check("production_outputs_waste_mined_t_non_negative", isNonNegative(t.wasteMinedT)),
    check("production_outputs_ore_processed_t_non_negative", isNonNegative(t.oreProcessedT)),
    check("production_outputs_head_grade_non_negative", isNonNegative(t.headGrade)),
    check("production_outputs_recovery_pct_range", isPercentage(t.recoveryPct)),
  ],
);

export type ProductionOutput = typeof productionOutputs.$inferSelect;
export type NewProductionOutput = typeof productionOutputs.$inferInsert;
