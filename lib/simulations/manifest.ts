import { randomBytes } from "node:crypto";
import { SIMULATION_LIMITS, type Sampler } from "@/lib/domain/simulations";
import type { ScenarioModelInputs } from "@/lib/engine/model";
import { ENGINE_VERSION, MONTE_CARLO_METRICS, type MonteCarloMetric, type MonteCarloSpec } from "@/lib/engine/monte-carlo";
import { DEFAULT_PERCENTILES } from "@/lib/engine/stats";
import { AppError } from "@/lib/errors";
import type { EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { buildModelInputs } from "@/lib/scenarios/cashflow";
import type { ConvergenceRequest } from "@/lib/http/contracts/simulations";
import { hashCanonical } from "./canonical-json";
import { convergenceFieldErrors, toEngineConvergence } from "./convergence";
import { toMonteCarloVariables, toVariableCorrelations } from "./variables";

/**
 * Everything a run depends on, resolved: the engine spec (model inputs with inheritance applied, variables,
 * correlations, iterations, seed, sampler, outputs) and the engine version. A rerun uses it as it is stored,
 * never the scenario's current rows; its SHA-256 over canonical JSON is the run's input_hash.
 */
export type SimulationManifest = {
  engineVersion: string;
  scenarioId: string;
  spec: MonteCarloSpec & { inputs: ScenarioModelInputs };
};

export type RunRequest = {
  iterations: number;
  sampler: Sampler;
  seed: number;
  metrics?: readonly MonteCarloMetric[];
  /** In percent (5 = P5). */
  percentiles?: readonly number[];
  keepSamples: boolean;
  /** Stop early once the NPV's mean or P50 has converged; absent: all iterations (and the manifest of before). */
  convergence?: ConvergenceRequest;
};

const ENGINE_SAMPLER = { monte_carlo: "monte-carlo", latin_hypercube: "latin-hypercube" } as const;

/** A seed in [0, 2^53) from the operating system's CSPRNG. */
export function chooseSeed(): number {
  return Number(randomBytes(8).readBigUInt64BE() & ((1n << 53n) - 1n));
}

/** Metrics in the engine's canonical order, so [irr, npv] and [npv, irr] are the same run. */
function canonicalMetrics(metrics: readonly MonteCarloMetric[] | undefined): MonteCarloMetric[] {
  const wanted = new Set(metrics ?? MONTE_CARLO_METRICS);
  return MONTE_CARLO_METRICS.filter((m) => wanted.has(m));
}

/** Percent → probability, ascending (5 / 100 is the double nearest 0.05, like the literal). */
function canonicalPercentiles(percentiles: readonly number[] | undefined): number[] {
  if (!percentiles) return [...DEFAULT_PERCENTILES];
  return [...percentiles].sort((a, b) => a - b).map((p) => p / 100);
}

/**
 * Refuses a request beyond SIMULATION_LIMITS. The API's contract refuses it first; this guards every other caller
 * (scripts, benchmarks) so no run outside the limits reaches the engine.
 * @throws AppError VALIDATION_FAILED (400) with field errors
 */
function checkLimits(request: RunRequest): void {
  const { maxIterations, maxSeed, maxPercentiles } = SIMULATION_LIMITS;
  const fieldErrors: Record<string, string[]> = {};
  if (!Number.isSafeInteger(request.iterations) || request.iterations < 1 || request.iterations > maxIterations) fieldErrors.iterations = [`1 to ${maxIterations} iterations`];
  if (!Number.isSafeInteger(request.seed) || request.seed < 0 || request.seed > maxSeed) fieldErrors.seed = [`an integer from 0 to ${maxSeed}`];
  if ((request.percentiles?.length ?? 0) > maxPercentiles) fieldErrors.percentiles = [`at most ${maxPercentiles} percentiles`];
  if (request.convergence) Object.assign(fieldErrors, convergenceFieldErrors(request.convergence, request));
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION_FAILED", "The run asks for more than a run may, or for an auto-stop it cannot use", { fieldErrors });
}

/**
 * The manifest of a new run of an effective scenario.
 * @throws AppError VALIDATION_FAILED (400) beyond SIMULATION_LIMITS; SCENARIO_INPUTS_INVALID (422) when the scenario cannot be modelled
 * @example const manifest = buildManifest(effective, { iterations: 10_000, sampler: "monte_carlo", seed: 42, keepSamples: false });
 */
export function buildManifest(effective: EffectiveScenario, request: RunRequest): SimulationManifest {
  checkLimits(request);
  const inputs = buildModelInputs(effective);
  const variables = toMonteCarloVariables(effective.rows.parameter.map((entry) => entry.row));
  const correlations = toVariableCorrelations(effective.rows.correlations.map((entry) => entry.row), variables);
  return {
    engineVersion: ENGINE_VERSION,
    scenarioId: effective.scenario.id,
    spec: {
      inputs,
      variables,
      correlations,
      iterations: request.iterations,
      seed: request.seed,
      sampler: ENGINE_SAMPLER[request.sampler],
      metrics: canonicalMetrics(request.metrics),
      percentiles: canonicalPercentiles(request.percentiles),
      keepSamples: request.keepSamples,
      // Only when asked: a run without an auto-stop keeps exactly the manifest (and hash) it had before.
      ...(request.convergence ? { convergence: toEngineConvergence(request.convergence) } : {}),
    },
  };
}

/** SHA-256 (hex) of the canonical manifest. */
export function hashManifest(manifest: SimulationManifest): string {
  return hashCanonical(manifest);
}
