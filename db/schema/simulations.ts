import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, isNonNegative, isNotBlank, timestamps } from "./columns";
import { organisations, users } from "./identity";
import { scenarios } from "./scenarios";
import { SAMPLERS, SIMULATION_STATUSES } from "../../lib/domain/simulations";

export const samplerEnum = pgEnum("sampler", SAMPLERS);
export const simulationStatusEnum = pgEnum("simulation_status", SIMULATION_STATUSES);

/** What the run was asked for beyond its inputs (the engine's zod schema validates the exact shape). */
export type SimulationOptionsJson = {
  metrics?: string[];
  percentiles?: number[];
  keepSamples?: boolean;
  [key: string]: unknown;
};
/** The resolved, inheritance-free inputs of the run; hashed into input_hash so a rerun is exact. */
export type SimulationManifestJson = { [key: string]: unknown };

/** One Monte Carlo run of a scenario. Reproducible from manifest + sampler + seed + engine_version. */
export const simulationRuns = pgTable(
  "simulation_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    /** Denormalised from scenario → project for the organisation dashboard; the app keeps it consistent. */
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    iterations: integer("iterations").notNull(),
    sampler: samplerEnum("sampler").notNull().default("monte_carlo"),
    /** Non-negative and at most 2^53 - 1 (a JS number). */
    seed: bigint("seed", { mode: "number" }).notNull(),
    status: simulationStatusEnum("status").notNull().default("queued"),
    /** Fraction done, 0..1 (a display value, hence double precision). */
    progress: doublePrecision("progress").notNull().default(0),
    engineVersion: text("engine_version").notNull(),
    manifest: jsonb("manifest").$type<SimulationManifestJson>().notNull(),
    /** Hex digest of the canonical manifest: equal hashes, equal inputs. */
    inputHash: text("input_hash").notNull(),
    options: jsonb("options").$type<SimulationOptionsJson>().notNull().default({}),
    errorMessage: text("error_message"),
    queuedAt: timestamp("queued_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
    ...timestamps,
  },
  (t) => [
    index("simulation_runs_scenario_id_created_at_idx").on(t.scenarioId, t.createdAt),
    index("simulation_runs_organisation_id_status_idx").on(t.organisationId, t.status),
    // The simulation quota's rolling window of an organisation's runs.
    index("simulation_runs_organisation_id_queued_at_idx").on(t.organisationId, t.queuedAt),
    index("simulation_runs_created_by_idx").on(t.createdBy),
    // "The latest succeeded run of each scenario" (dashboards, reports) without scanning failed or queued runs.
    index("simulation_runs_scenario_succeeded_idx")
      .on(t.scenarioId, t.createdAt.desc())
      .where(sql`${t.status} = 'succeeded'`),
    index("simulation_runs_input_hash_idx").on(t.inputHash),
    check("simulation_runs_iterations_range", sql`${t.iterations} BETWEEN 1 AND 10000000`),
    check("simulation_runs_seed_non_negative", isNonNegative(t.seed)),
    check("simulation_runs_progress_range", sql`${t.progress} BETWEEN 0 AND 1`),
    check("simulation_runs_engine_version_not_blank", isNotBlank(t.engineVersion)),
    check("simulation_runs_input_hash_not_blank", isNotBlank(t.inputHash)),
    check("simulation_runs_duration_ms_non_negative", isNonNegative(t.durationMs)),
    check("simulation_runs_finished_after_started", sql`${t.finishedAt} >= ${t.startedAt}`),
  ],
);

/**
 * JSON has no NaN or ±Infinity: a non-finite number is stored as null and the document's `nonFinite` maps the
 * dotted path of that null (relative to the document, e.g. "mean", "points.0.p50StandardError") to "NaN",
 * "Infinity" or "-Infinity". lib/simulations/non-finite.ts writes and reads it.
 */
export type NonFiniteJson = Record<string, "NaN" | "Infinity" | "-Infinity">;

/**
 * Summary statistics of one metric over the iterations; non-finite samples (no IRR) are counted apart.
 * mean, sd, min, max are null only when no iteration gave a finite value (see nonFinite).
 */
export type MetricStatisticsJson = {
  count: number;
  nonFiniteCount: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Keyed "p5", "p50", "p95", … */
  percentiles: Record<string, number>;
  /** Value at risk and expected shortfall at the stated level (e.g. 0.05). */
  valueAtRisk?: { level: number; value: number };
  expectedShortfall?: { level: number; value: number };
  probabilityOfLoss?: number | null;
  standardError?: number;
  unit?: string;
  quantileMethod?: "exact" | "sketch";
  nonFinite?: NonFiniteJson;
};
/** The engine's histogram: bins [edges[i], edges[i + 1]) with counts[i]. */
export type HistogramJson = { edges: (number | null)[]; counts: number[]; nonFinite?: NonFiniteJson };
export type SCurveJson = { points: { probability: number; value: number | null }[]; nonFinite?: NonFiniteJson };
export type ConvergenceJson = {
  points: { iterations: number; mean: number | null; meanStandardError: number | null; p50: number | null; p50StandardError: number | null }[];
  nonFinite?: NonFiniteJson;
};
/** The run's NPV sensitivity (Spearman, regression, one-at-a-time swings), stored on one result row of the run. */
export type SensitivityJson = { sampleSize: number; nonFinite?: NonFiniteJson; [key: string]: unknown };

export const simulationResults = pgTable(
  "simulation_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => simulationRuns.id, { onDelete: "cascade" }),
    /** "npv", "irr", "payback", "discounted_payback", "mirr", … */
    metric: text("metric").notNull(),
    statistics: jsonb("statistics").$type<MetricStatisticsJson>().notNull(),
    histogram: jsonb("histogram").$type<HistogramJson>(),
    sCurve: jsonb("s_curve").$type<SCurveJson>(),
    convergence: jsonb("convergence").$type<ConvergenceJson>(),
    sensitivity: jsonb("sensitivity").$type<SensitivityJson>(),
    /** Float64 little-endian samples, kept only when the run asked for them. */
    rawSamples: bytea("raw_samples"),
    ...timestamps,
  },
  (t) => [
    // Leading run_id: also the FK index.
    unique("simulation_results_run_id_metric_unique").on(t.runId, t.metric),
    check("simulation_results_metric_not_blank", isNotBlank(t.metric)),
  ],
);

export type SimulationRun = typeof simulationRuns.$inferSelect;
export type NewSimulationRun = typeof simulationRuns.$inferInsert;
export type SimulationResult = typeof simulationResults.$inferSelect;
export type NewSimulationResult = typeof simulationResults.$inferInsert;
