import { sql } from "drizzle-orm";
import { check, jsonb, numeric, pgEnum, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { decimal, isNotBlank, timestamps } from "./columns";
import { scenarioRowColumns, scenarioRowLineageUnique } from "./scenario-rows";
import { scenarios } from "./scenarios";
import { PARAMETER_APPLICATIONS, SAMPLING_MODES } from "../../lib/domain/inputs";

/**
 * A distribution as stored: `{ type: "pert", min, mode, max }`, `{ type: "normal", mean, sd }`, by percentiles…
 * Placeholder shape on purpose: the engine's zod schema owns the real union and validates it on the way in
 * and out; the database only guarantees it is a JSON object with a non-blank "type".
 */
export type DistributionSpecJson = { type: string; [key: string]: unknown };

export const parameterApplicationEnum = pgEnum("parameter_application", PARAMETER_APPLICATIONS);
export const samplingModeEnum = pgEnum("sampling_mode", SAMPLING_MODES);

/** A named model input of a scenario, optionally stochastic. */
export const processParameters = pgTable(
  "process_parameters",
  {
    ...scenarioRowColumns(),
    name: text("name").notNull(),
    /** The model input it drives: "price", "head_grade", "recovery", "opex_total", "capex_total", … */
    target: text("target").notNull(),
    /**
     * What an item or category target names: an opex/capex item's lineage_id, an opex or capex category, or a
     * resource type (consumption price). NULL for whole-model targets such as "price".
     */
    targetRef: text("target_ref"),
    application: parameterApplicationEnum("application").notNull().default("absolute"),
    /** The deterministic value (a factor's base is usually 1). May be negative: the engine decides. */
    baseValue: decimal("base_value").notNull(),
    unit: text("unit").notNull(),
    /** NULL: deterministic, the base value is used in every iteration. */
    distribution: jsonb("distribution").$type<DistributionSpecJson>(),
    sampling: samplingModeEnum("sampling").notNull().default("per_iteration"),
    description: text("description"),
  },
  (t) => [
    scenarioRowLineageUnique("process_parameters", t),
    unique("process_parameters_scenario_id_name_unique").on(t.scenarioId, t.name),
    check("process_parameters_name_not_blank", isNotBlank(t.name)),
    check("process_parameters_target_not_blank", isNotBlank(t.target)),
    check(
      "process_parameters_distribution_shape",
      sql`${t.distribution} IS NULL OR (jsonb_typeof(${t.distribution}) = 'object'
        AND jsonb_typeof(${t.distribution} -> 'type') = 'string'
        AND length(trim(${t.distribution} ->> 'type')) > 0)`,
    ),
  ],
);

/**
 * Rank correlation between two parameters of a scenario, by their lineage ids (so it follows the parameters
 * through overrides). The pair is the identity: a child overrides a parent's correlation with a row for the
 * same pair, and a coefficient of 0 switches it off. Stored once per pair, a < b.
 */
export const parameterCorrelations = pgTable(
  "parameter_correlations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    parameterALineageId: uuid("parameter_a_lineage_id").notNull(),
    parameterBLineageId: uuid("parameter_b_lineage_id").notNull(),
    coefficient: numeric("coefficient", { precision: 7, scale: 6, mode: "number" }).notNull(),
    ...timestamps,
  },
  (t) => [
    unique("parameter_correlations_pair_unique").on(
      t.scenarioId,
      t.parameterALineageId,
      t.parameterBLineageId,
    ),
    check("parameter_correlations_pair_ordered", sql`${t.parameterALineageId} < ${t.parameterBLineageId}`),
    check("parameter_correlations_coefficient_range", sql`${t.coefficient} BETWEEN -1 AND 1`),
  ],
);

export type ProcessParameter = typeof processParameters.$inferSelect;
export type NewProcessParameter = typeof processParameters.$inferInsert;
export type ParameterCorrelation = typeof parameterCorrelations.$inferSelect;
export type NewParameterCorrelation = typeof parameterCorrelations.$inferInsert;
