import { z } from "zod";
import { SAMPLERS, SIMULATION_EXECUTIONS, SIMULATION_LIMITS, SIMULATION_STATUSES } from "@/lib/domain/simulations";
import { MONTE_CARLO_METRICS } from "@/lib/engine/monte-carlo/types";
import { defineContract } from "@/lib/http/contracts/define";

// Contracts of the simulation API: start a run, read it (status, progress, results), follow it (server-sent
// events), cancel it, rerun it exactly from its stored manifest, and list a scenario's runs. The response types
// are inferred from these schemas; the simulation pages parse the API's answers with them.
//
// Non-finite numbers: JSON has no NaN or ±Infinity. Every number of a result that may be non-finite is
// `number | null`, and the object that holds it carries `nonFinite`: a map from the dotted path of each such
// null (relative to that object, e.g. "mean", "percentiles.2.value", "convergence.0.p50StandardError") to what
// it stood for ("NaN", "Infinity" or "-Infinity"). Nothing else is ever null in a result.

const runId = z.uuid().meta({ description: "Simulation run id" });
const statusSchema = z.enum(SIMULATION_STATUSES);
const samplerSchema = z.enum(SAMPLERS).meta({ description: "monte_carlo (plain random sampling) or latin_hypercube" });
const metricSchema = z.enum(MONTE_CARLO_METRICS);
const finite = z.number().nullable().meta({ description: "null when non-finite: see `nonFinite`" });
const nonFiniteSchema = z
  .record(z.string(), z.enum(["NaN", "Infinity", "-Infinity"]))
  .meta({ description: "Dotted path of each null number → the non-finite value it stands for" });
const isoDateTime = z.iso.datetime();

/**
 * Limits of a run's convergence auto-stop, in the API's units (tolerance in percent of the statistic's absolute
 * value). The run form repeats them (app/ui/simulations/convergence-input.ts; a test keeps the two equal).
 */
export const CONVERGENCE_LIMITS = { maxTolerancePct: 10, minIterations: 1000, defaultMinIterations: 10_000 } as const;

export const convergenceRequestSchema = z
  .object({
    statistic: z.enum(["mean", "p50"]).default("mean").meta({ description: "The statistic of NPV that must converge: its mean or its P50 (median)" }),
    relativeTolerancePct: z
      .number()
      .gt(0, "Tolerance (convergence.relativeTolerancePct) must be above 0 % of the value")
      .max(CONVERGENCE_LIMITS.maxTolerancePct, `Tolerance (convergence.relativeTolerancePct) must be at most ${CONVERGENCE_LIMITS.maxTolerancePct} % of the value`)
      .meta({ description: "Percent, in (0, 10]: 0.5 stops the run once the standard error of the NPV's mean (or P50) is at most 0.5 % of its absolute value" }),
    minIterations: z
      .int()
      .min(CONVERGENCE_LIMITS.minIterations, `Minimum iterations (convergence.minIterations) must be at least ${CONVERGENCE_LIMITS.minIterations} iterations`)
      .default(CONVERGENCE_LIMITS.defaultMinIterations)
      .meta({ description: "No stop before this many iterations; at most the run's iterations (default 10 000)" }),
  })
  .meta({
    id: "SimulationConvergence",
    description:
      "Stop early when converged. Checked only at the fixed checkpoints 10 000, 20 000, 50 000, 100 000, 200 000, 500 000 … iterations (below the run's iterations), in iteration order, so a stopped run's results do not depend on the queue, chunking or workers",
  });
export type ConvergenceRequest = z.infer<typeof convergenceRequestSchema>;

/** The refusal of a minimum above the run's iterations (the contract's and the service's, worded alike). */
export function minIterationsMessage(minIterations: number, iterations: number): string {
  return `Minimum iterations (convergence.minIterations) must be at most the run's ${iterations} iterations; got ${minIterations}`;
}

export const runSimulationBodySchema = z.object({
  scenarioId: z.uuid(),
  iterations: z.int().min(1).max(SIMULATION_LIMITS.maxIterations),
  sampler: samplerSchema.default("monte_carlo"),
  seed: z.int().min(0).max(SIMULATION_LIMITS.maxSeed).optional().meta({ description: "Chosen at random (and stored) when absent" }),
  metrics: z
    .array(metricSchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length, "Each metric once")
    .optional()
    .meta({ description: "Default: all four" }),
  percentiles: z
    .array(z.number().gt(0).lt(100))
    .min(1)
    .max(SIMULATION_LIMITS.maxPercentiles)
    .refine((list) => new Set(list).size === list.length, "Each percentile once")
    .optional()
    .meta({ description: "In percent, e.g. [5, 50, 95]; default [5, 10, 50, 90, 95]" }),
  keepSamples: z.boolean().default(false).meta({ description: "Store every iteration's metric values (size-limited: 422 above it)" }),
  convergence: convergenceRequestSchema.optional().meta({ description: "Absent: the run evaluates all its iterations" }),
}).superRefine((body, ctx) => {
  const { convergence } = body;
  if (!convergence) return;
  if (convergence.minIterations > body.iterations) {
    ctx.addIssue({ code: "custom", path: ["convergence", "minIterations"], message: minIterationsMessage(convergence.minIterations, body.iterations) });
  }
  if (body.metrics && !body.metrics.includes("npv")) {
    ctx.addIssue({ code: "custom", path: ["metrics"], message: "Metrics must include npv when the run stops early on convergence: the NPV is what converges" });
  }
});
export type RunSimulationBody = z.infer<typeof runSimulationBodySchema>;

export const runIdParamsSchema = z.object({ runId });
export const scenarioIdParamsSchema = z.object({ scenarioId: z.uuid() });

export const listSimulationsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: statusSchema.optional(),
});
export type ListSimulationsQuery = z.infer<typeof listSimulationsQuerySchema>;

export const simulationTimingsSchema = z.object({
  queuedAt: isoDateTime,
  startedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  durationMs: z.int().nullable().meta({ description: "From start to stored result (or failure)" }),
  engineMs: z.number().nullable().meta({ description: "Monte Carlo evaluation alone (sum over chunks when queued)" }),
  storeMs: z.number().nullable().meta({ description: "Writing the results" }),
});

/** A run without its results: history rows, the 202 answer, cancel. */
export const simulationRunSchema = z
  .object({
    id: runId,
    scenarioId: z.uuid(),
    status: statusSchema,
    progress: z.number().min(0).max(1).meta({ description: "Share of iterations done, 0..1" }),
    iterations: z.int(),
    sampler: samplerSchema,
    seed: z.int(),
    engineVersion: z.string(),
    inputHash: z.string().meta({ description: "SHA-256 (hex) of the canonical manifest: equal hashes, equal results" }),
    metrics: z.array(metricSchema),
    percentiles: z.array(z.number()).meta({ description: "In percent" }),
    keepSamples: z.boolean(),
    rerunOfRunId: z.uuid().nullable().meta({ description: "The run whose manifest this run reused" }),
    execution: z.enum(SIMULATION_EXECUTIONS).meta({ description: "Answered at once, in-process background pool, or pg-boss workers" }),
    errorMessage: z.string().nullable(),
    createdBy: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    createdAt: isoDateTime,
    timings: simulationTimingsSchema,
  })
  .meta({ id: "SimulationRun" });
export type SimulationRunOutput = z.infer<typeof simulationRunSchema>;

const histogramSchema = z.object({ edges: z.array(finite), counts: z.array(z.int()) });

export const metricResultSchema = z
  .object({
    metric: metricSchema,
    unit: z.string(),
    count: z.int().meta({ description: "Iterations where the metric is finite" }),
    nonFiniteCount: z.int().meta({ description: "Iterations without a value (no unique IRR, payback not reached)" }),
    mean: finite,
    sd: finite,
    standardError: finite,
    min: finite,
    max: finite,
    percentiles: z.array(z.object({ key: z.string().meta({ description: '"p5", "p97.5", …' }), percent: z.number(), value: finite })),
    valueAtRisk: z.object({ level: z.number(), value: finite }),
    expectedShortfall: z.object({ level: z.number(), value: finite }),
    probabilityOfLoss: z.number().nullable().meta({ description: "P(value < 0), NPV only" }),
    histogram: histogramSchema,
    sCurve: z.array(z.object({ probability: z.number(), value: finite })),
    convergence: z.array(
      z.object({ iterations: z.int(), mean: finite, meanStandardError: finite, p50: finite, p50StandardError: finite }),
    ),
    quantileMethod: z.enum(["exact", "sketch"]),
    hasSamples: z.boolean().meta({ description: "Raw samples were stored" }),
    nonFinite: nonFiniteSchema,
  })
  .meta({ id: "SimulationMetricResult" });
export type MetricResultOutput = z.infer<typeof metricResultSchema>;

const barSchema = z.object({ id: z.string(), name: z.string(), value: finite });
export const sensitivitySchema = z
  .object({
    sampleSize: z.int(),
    spearman: z.array(barSchema),
    regression: z.object({ coefficients: z.array(barSchema), rSquared: finite }).nullable(),
    excluded: z.array(z.string()),
    swings: z.object({
      baseNpv: finite,
      bars: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          low: finite,
          high: finite,
          npvAtLow: finite,
          npvAtHigh: finite,
          swing: finite,
        }),
      ),
    }),
    nonFinite: nonFiniteSchema,
  })
  .meta({ id: "SimulationSensitivity" });
export type SensitivityOutput = z.infer<typeof sensitivitySchema>;

export const simulationVariableSchema = z.object({
  id: z.string(),
  name: z.string(),
  target: z.string(),
  ref: z.string().nullable(),
  mode: z.enum(["absolute", "factor"]),
  scope: z.enum(["per_iteration", "per_period"]),
  distributionType: z.string(),
});

export const priceMismatchSchema = z
  .object({
    variableId: z.string(),
    variableName: z.string(),
    centralKind: z.enum(["mean", "mode", "fixed"]).meta({ description: "Which central value of the distribution was compared" }),
    centralValue: z.number().meta({ description: "Price currency per price unit (real)" }),
    scenarioPrice: z.number().meta({ description: "The run's metal price, price currency per price unit (real)" }),
    differencePct: z.number().meta({ description: "(central − scenario price) / scenario price, %" }),
    message: z.string(),
  })
  .meta({ id: "PriceDistributionMismatch" });
export type PriceMismatchOutput = z.infer<typeof priceMismatchSchema>;

export const deterministicFiguresSchema = z
  .object({
    npv: z.number().meta({ description: "After tax, scenario currency, valued at the end of period 0" }),
    irr: z.number().nullable().meta({ description: "Fraction; null when the flows have no unique IRR" }),
  })
  .meta({ id: "DeterministicFigures", description: "The deterministic model of the run's own inputs (no draws), to read beside the P50" });
export type DeterministicFiguresOutput = z.infer<typeof deterministicFiguresSchema>;

export const convergenceSettingsSchema = z
  .object({
    statistic: z.enum(["mean", "p50"]),
    relativeTolerancePct: z.number().meta({ description: "Percent of the statistic's absolute value" }),
    minIterations: z.int(),
  })
  .meta({ id: "SimulationConvergenceSettings", description: "The convergence auto-stop a run asked for, from its manifest (NPV's mean or P50)" });
export type ConvergenceSettingsOutput = z.infer<typeof convergenceSettingsSchema>;

/** A run with everything it produced (results null until it succeeded). */
export const simulationDetailSchema = simulationRunSchema
  .extend({
    iterationsRun: z.int().nullable().meta({ description: "Iterations evaluated; null until it succeeded" }),
    stoppedEarly: z.boolean().nullable().meta({ description: "Stopped at a convergence checkpoint before all its iterations; null until it succeeded" }),
    convergence: convergenceSettingsSchema.nullable().meta({ description: "The auto-stop asked for; null when the run evaluates all its iterations" }),
    correlationWarnings: z.array(z.string()),
    variables: z.array(simulationVariableSchema).meta({ description: "The stochastic inputs, from the manifest" }),
    correlations: z.array(z.object({ a: z.string(), b: z.string(), rho: z.number() })),
    results: z.array(metricResultSchema).nullable(),
    sensitivity: sensitivitySchema.nullable(),
    priceMismatches: z
      .array(priceMismatchSchema)
      .optional()
      .meta({ description: "Absolute price variables whose central value is more than 10 % from the run's metal price: the results follow the distribution, not that price" }),
    deterministic: deterministicFiguresSchema.nullable().optional().meta({ description: "Null when the run's inputs cannot be evaluated; absent before the run succeeded" }),
  })
  .meta({ id: "SimulationRunDetail" });
export type SimulationDetailOutput = z.infer<typeof simulationDetailSchema>;

export const simulationPageSchema = z.object({
  items: z.array(simulationRunSchema),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
});
export type SimulationPageOutput = z.infer<typeof simulationPageSchema>;

/**
 * Server-sent events of GET /api/simulations/{runId}/events, one JSON `data:` line each. `event:` names the
 * kind: "progress" while queued or running (also sent first), then exactly one of "done", "failed" or
 * "cancelled", after which the stream ends. Comment lines (": ping") are heartbeats.
 */
export const simulationEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), runId, status: statusSchema, progress: z.number() }),
  z.object({ type: z.literal("done"), runId, status: z.literal("succeeded"), progress: z.literal(1) }),
  z.object({ type: z.literal("failed"), runId, status: z.literal("failed"), errorMessage: z.string() }),
  z.object({ type: z.literal("cancelled"), runId, status: z.literal("cancelled") }),
]);
export type SimulationEvent = z.infer<typeof simulationEventSchema>;

const TAGS = ["Simulations"];

export const simulationContracts = {
  run: defineContract({
    method: "POST",
    path: "/api/simulations/run",
    summary: "Run a Monte Carlo simulation of a scenario",
    description:
      "Small runs (iterations up to the server's SIMULATION_SYNC_MAX_ITERATIONS, default 20 000) run at once and answer 201 with the stored result; larger ones answer 202 with the queued run: follow /events or poll the run. " +
      "429 with Retry-After when the organisation's quota is used: SIMULATION_QUOTA_ACTIVE_RUNS (background runs queued or running at once) or SIMULATION_QUOTA_ITERATIONS (iterations per rolling hour).",
    tags: TAGS,
    access: "analyst",
    body: runSimulationBodySchema,
    responses: {
      201: { description: "Finished and stored; Location names it", schema: z.object({ run: simulationDetailSchema }) },
      202: { description: "Accepted; runs in the background; Location names it", schema: z.object({ run: simulationRunSchema }) },
    },
    errors: [403, 404, 422, 429],
  }),
  get: defineContract({
    method: "GET",
    path: "/api/simulations/{runId}",
    summary: "A run: status, progress, timings and (once succeeded) its results",
    tags: TAGS,
    access: "viewer",
    params: runIdParamsSchema,
    responses: { 200: { description: "The run", schema: z.object({ run: simulationDetailSchema }) } },
    errors: [404],
  }),
  events: defineContract({
    method: "GET",
    path: "/api/simulations/{runId}/events",
    summary: "Follow a run: server-sent progress events, then done, failed or cancelled",
    description:
      "At most 8 open streams per person and 100 per run (429 TOO_MANY_STREAMS with Retry-After). A stream ends after 10 minutes, or when the caller's session or membership ends; then poll the run.",
    tags: TAGS,
    access: "viewer",
    params: runIdParamsSchema,
    responses: { 200: { description: "An event stream of SimulationEvent JSON lines", schema: simulationEventSchema, contentType: "text/event-stream" } },
    errors: [404, 429],
  }),
  cancel: defineContract({
    method: "POST",
    path: "/api/simulations/{runId}/cancel",
    summary: "Cancel a queued or running run",
    tags: TAGS,
    access: "analyst",
    params: runIdParamsSchema,
    responses: { 200: { description: "The cancelled run", schema: z.object({ run: simulationRunSchema }) } },
    errors: [403, 404, 409],
  }),
  rerun: defineContract({
    method: "POST",
    path: "/api/simulations/{runId}/rerun",
    summary: "Run a stored run again from its manifest (bit-identical results, whatever changed in the scenario since)",
    tags: TAGS,
    access: "analyst",
    params: runIdParamsSchema,
    responses: {
      201: { description: "Finished and stored", schema: z.object({ run: simulationDetailSchema }) },
      202: { description: "Accepted; runs in the background", schema: z.object({ run: simulationRunSchema }) },
    },
    errors: [403, 404, 422],
  }),
  history: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/simulations",
    summary: "A scenario's runs, newest first (pagination, optional status filter)",
    tags: TAGS,
    access: "viewer",
    params: scenarioIdParamsSchema,
    query: listSimulationsQuerySchema,
    responses: { 200: { description: "One page of runs", schema: simulationPageSchema } },
    errors: [404],
  }),
};

export const simulationContractList = Object.values(simulationContracts);
