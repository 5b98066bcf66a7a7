/**
 * The per-worker hot loop: sample whole columns for a chunk (struct of arrays), then evaluate the
 * model once per iteration into per-metric arrays, then summarise. Allocation per chunk only.
 */
import { createScratch, evaluateModel, type IterationMetrics } from "../model";
import { createSamplingPlan } from "../sampling";
import { sortFinite } from "../stats";
import { buildSegments, type ChunkPartial, type MetricPartial, type SensitivityPartial } from "./partials";
import type { PreparedRun } from "./prepare-run";
import type { MonteCarloMetric } from "./types";

export type ChunkEvaluator = { evaluate(start: number, count: number): ChunkPartial };

function readMetric(m: IterationMetrics, metric: MonteCarloMetric): number {
  switch (metric) {
    case "npv":
      return m.npv;
    case "irr":
      return m.irr;
    case "payback":
      return m.paybackYears;
    case "discounted_payback":
      return m.discountedPaybackYears;
  }
}

/** Per-iteration mean of each variable's columns (the variable's own value when per_iteration). */
function sensitivityInputs(run: PreparedRun, columns: readonly Float64Array[], rows: number): Float64Array[] {
  const inputs = run.spec.variables.map(() => new Float64Array(rows));
  const widths = new Float64Array(inputs.length);
  run.columns.forEach((c, j) => {
    const target = inputs[c.variable];
    const source = columns[j];
    if (!target || !source) return;
    widths[c.variable] = (widths[c.variable] ?? 0) + 1;
    for (let i = 0; i < rows; i++) target[i] = (target[i] ?? 0) + (source[i] ?? 0);
  });
  inputs.forEach((a, k) => {
    const w = widths[k] ?? 1;
    if (w !== 1) for (let i = 0; i < rows; i++) a[i] = (a[i] ?? 0) / w;
  });
  return inputs;
}

function sensitivityPartial(run: PreparedRun, columns: readonly Float64Array[], npv: Float64Array): SensitivityPartial {
  // No rank orders here: the collector ranks the 20,000-row sample with a radix argsort in less CPU than sorting it
  // per chunk and merging the chunks' orders took (the cores are all busy during a run, so CPU is what counts).
  return { rows: npv.length, inputs: sensitivityInputs(run, columns, npv.length), npv };
}

/**
 * Builds the evaluator of a prepared run (sampling plan, scratch, buffers); one per worker.
 * @example const { evaluate } = createChunkEvaluator(prepareRun(spec)); evaluate(0, 4096);
 */
export function createChunkEvaluator(run: PreparedRun): ChunkEvaluator {
  const { model, binding, spec } = run;
  const plan = createSamplingPlan({
    seed: spec.seed,
    iterations: spec.iterations,
    method: spec.sampler,
    variables: run.columns.map((c) => ({ distribution: run.distributions[c.variable] ?? missing(), stream: c.stream })),
    correlation: run.correlation,
    strict: spec.strictCorrelation,
  });
  const scratch = createScratch(model);
  const values = new Float64Array(binding.valueCount);
  const width = run.columns.length;
  const metricCount = run.metrics.length;

  // The sampled columns of the current chunk, reused from chunk to chunk (they never leave this thread: the
  // sensitivity copies its rows), grown when a chunk is longer. Entries past `count` are stale and never read.
  let columns: Float64Array[] = [];
  const evaluate = (start: number, count: number): ChunkPartial => {
    if ((columns[0]?.length ?? -1) < count || columns.length !== width) columns = run.columns.map(() => new Float64Array(count));
    plan.fillChunk(start, count, columns);
    const out = run.metrics.map(() => new Float64Array(count));
    const npv = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < width; j++) values[j] = columns[j]?.[i] ?? 0;
      const m = evaluateModel(model, binding, values, scratch);
      npv[i] = m.npv;
      for (let k = 0; k < metricCount; k++) (out[k] ?? npv)[i] = readMetric(m, run.metrics[k] ?? "npv");
    }
    // Sorting here, on the worker, leaves only merges for the main thread after the last chunk.
    const metrics: MetricPartial[] = out.map((v) => ({
      segments: buildSegments(v, start, run.checkpoints, run.isExact ? null : run.sketchAccuracy),
      values: run.isExact ? v : null,
      sorted: run.isExact ? sortFinite(v) : null,
    }));
    const rows = Math.max(0, Math.min(count, run.sensitivitySampleSize - start));
    const sensitivity = rows > 0 ? sensitivityPartial(run, columns, npv.slice(0, rows)) : null;
    return { start, count, metrics, sensitivity };
  };
  return { evaluate };
}

function missing(): never {
  throw new RangeError("internal: column without a distribution");
}
