import type { RunWithCreator, SimulationRunOptions } from "@/db/queries/simulations";
import { computeCashFlowTable } from "@/lib/engine/model";
import type { MonteCarloMetric } from "@/lib/engine/monte-carlo";
import type { DeterministicFiguresOutput, MetricResultOutput, PriceMismatchOutput, SensitivityOutput, SimulationDetailOutput, SimulationRunOutput } from "@/lib/http/contracts/simulations";
import { findPriceMismatches } from "@/lib/scenarios/price-distribution-check";
import { toConvergenceSettings } from "./convergence";
import type { SimulationManifest } from "./manifest";
import { inRunMetricOrder, toMetricResultOutput, toSensitivityOutput, type StoredResultRow } from "./results";

// Run rows → the API's answers (lib/http/contracts/simulations.ts).

/** What a succeeded run produced, as the API shows it. */
export type ProducedOutput = { results: MetricResultOutput[]; sensitivity: SensitivityOutput | null };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function readRunOptions(run: RunWithCreator): Partial<SimulationRunOptions> {
  return run.options as Partial<SimulationRunOptions>;
}

export function toRunOutput(run: RunWithCreator): SimulationRunOutput {
  const options = readRunOptions(run);
  return {
    id: run.id,
    scenarioId: run.scenarioId,
    status: run.status,
    progress: run.progress,
    iterations: run.iterations,
    sampler: run.sampler,
    seed: run.seed,
    engineVersion: run.engineVersion,
    inputHash: run.inputHash,
    metrics: (options.metrics ?? []) as MonteCarloMetric[],
    percentiles: options.percentiles ?? [],
    keepSamples: options.keepSamples ?? false,
    rerunOfRunId: options.rerunOfRunId ?? null,
    execution: options.execution ?? "inline",
    errorMessage: run.errorMessage,
    createdBy: run.createdBy ? { id: run.createdBy, name: run.createdByName } : null,
    createdAt: run.createdAt.toISOString(),
    timings: {
      queuedAt: run.queuedAt.toISOString(),
      startedAt: iso(run.startedAt),
      finishedAt: iso(run.finishedAt),
      durationMs: run.durationMs,
      engineMs: options.outcome?.engineMs ?? null,
      storeMs: options.outcome?.storeMs ?? null,
    },
  };
}

type ManifestSpec = SimulationManifest["spec"] | undefined;

/** Absolute price variables of the run set for another price than the run's own metal price. */
export function findRunPriceMismatches(spec: ManifestSpec): PriceMismatchOutput[] {
  const commodity = spec?.inputs.commodity;
  if (!spec || !commodity) return [];
  // A per-period price deck is compared by its plain average over the production periods.
  const price = Array.isArray(commodity.price) ? commodity.price.reduce((sum, value) => sum + value, 0) / Math.max(commodity.price.length, 1) : commodity.price;
  return findPriceMismatches({ scenarioPrice: price, priceLabel: `${commodity.priceCurrency}/${commodity.priceUnit}`, variables: spec.variables });
}

/**
 * The deterministic NPV and IRR of the run's own inputs, to read beside the P50 (a P50 far from it says the
 * distributions are not centred on the inputs). Null when the stored inputs no longer evaluate.
 */
function computeRunDeterministic(spec: ManifestSpec): DeterministicFiguresOutput | null {
  if (!spec) return null;
  try {
    const { metrics } = computeCashFlowTable(spec.inputs);
    return { npv: metrics.npv, irr: metrics.irr.kind === "unique" ? metrics.irr.rate : null };
  } catch {
    // A manifest from an older engine whose inputs the current one refuses: the run's results still stand.
    return null;
  }
}

/** A run with what it produced (shown once it succeeded). */
export function toDetailOutput(run: RunWithCreator, produced: ProducedOutput | null): SimulationDetailOutput {
  const spec = (run.manifest as Partial<SimulationManifest>).spec;
  const outcome = readRunOptions(run).outcome;
  const isDone = run.status === "succeeded";
  return {
    ...toRunOutput(run),
    iterationsRun: isDone ? (outcome?.iterationsRun ?? run.iterations) : null,
    stoppedEarly: isDone ? (outcome?.stoppedEarly ?? false) : null,
    convergence: toConvergenceSettings(spec),
    correlationWarnings: outcome?.correlationWarnings ?? [],
    variables: (spec?.variables ?? []).map((v) => ({
      id: v.id,
      name: v.name,
      target: v.override.target,
      ref: v.override.ref ?? null,
      mode: v.override.mode,
      scope: v.override.scope,
      distributionType: v.distribution.type,
    })),
    correlations: [...(spec?.correlations ?? [])],
    results: isDone ? (produced?.results ?? []) : null,
    sensitivity: isDone ? (produced?.sensitivity ?? null) : null,
    priceMismatches: findRunPriceMismatches(spec),
    ...(isDone ? { deterministic: computeRunDeterministic(spec) } : {}),
  };
}

/** A stored run's result rows → what it produced, in the order of the run's metrics. */
export function toStoredOutput(run: RunWithCreator, rows: readonly StoredResultRow[]): ProducedOutput {
  return { results: inRunMetricOrder(run.manifest, rows).map(toMetricResultOutput), sensitivity: toSensitivityOutput(rows) };
}
