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

export const SAMPLERS = ["monte_carlo", "latin_hypercube"] as const;
export const samplerEnum = pgEnum("sampler", SAMPLERS);
export const SIMULATION_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type SimulationStatus = (typeof SIMULATION_STATUSES)[number];
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
    index("simulation_runs_created_by_idx").on(t.createdBy),
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

/** Summary statistics of one metric over the iterations; non-finite samples (no IRR) are counted apart. */
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
  probabilityOfLoss?: number;
};
export type HistogramJson = { binEdges: number[]; counts: number[] };
export type SCurveJson = { values: number[]; cumulativeProbabilities: number[] };
export type ConvergenceJson = {
  iterations: number[];
  mean: number[];
  percentiles?: Record<string, number[]>;
};
export type SensitivityJson = {
  input: string;
  low: number;
  high: number;
  base: number;
  rankCorrelation?: number;
}[];

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
