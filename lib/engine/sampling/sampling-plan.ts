/**
 * A run's input sampler: for N iterations of k variables, fills any chunk [start, start+count)
 * with exactly the values a single all-at-once pass would give.
 *
 * - Monte Carlo: variable v draws from stream (seed, v.stream, SUBSTREAM_MONTE_CARLO) at position
 *   `start` through its distribution's fastest sampler.
 * - Latin hypercube: stratified uniforms (latin-hypercube.ts) through the inverse CDF.
 * - Correlation: Iman–Conover per fixed block of `blockSize` iterations (default 4096, part of the
 *   run's definition, independent of worker chunking). A chunk that is not block-aligned
 *   regenerates the blocks it overlaps (the last block is cached), so chunks should be multiples of
 *   blockSize for speed.
 */
import { createStream, seekStream } from "../random";
import type { Distribution } from "../distributions";
import { prepareCorrelation, type CorrelationWarning } from "./correlation-matrix";
import { applyImanConover, imanConoverTarget } from "./iman-conover";
import { createLatinHypercube, fillLatinHypercube, SUBSTREAM_MONTE_CARLO, type LatinHypercube } from "./latin-hypercube";
import type { Matrix } from "./matrix";

export const DEFAULT_CORRELATION_BLOCK = 4096;

export type SamplingMethod = "monte-carlo" | "latin-hypercube";

export type SampledVariable = { distribution: Distribution; stream: number };

export type SamplingPlanOptions = {
  seed: number;
  iterations: number;
  method: SamplingMethod;
  variables: readonly SampledVariable[];
  /** Target Spearman rank correlations between the variables (k×k), optional. */
  correlation?: Matrix;
  /** Refuse (CorrelationError "not-psd") instead of repairing a non-PSD matrix. */
  strict?: boolean;
  blockSize?: number;
};

export type SamplingPlan = {
  readonly iterations: number;
  /** The correlation matrix actually used (repaired if needed). */
  readonly correlation: Matrix | undefined;
  readonly warnings: readonly CorrelationWarning[];
  /** columns[v][offset + i] = value of variable v at iteration start + i, for i < count. */
  fillChunk(start: number, count: number, columns: readonly Float64Array[], offset?: number): void;
};

function fillMarginals(options: SamplingPlanOptions, lhs: LatinHypercube | undefined, start: number, count: number, columns: readonly Float64Array[], offset: number): void {
  options.variables.forEach((v, c) => {
    const out = columns[c];
    if (out === undefined) throw new RangeError(`missing output column ${c}`);
    if (lhs) {
      fillLatinHypercube(lhs, c, start, out, offset, count);
      v.distribution.transformUniforms(out, out, offset, count);
      return;
    }
    const s = createStream({ seed: options.seed, stream: v.stream, substream: SUBSTREAM_MONTE_CARLO });
    seekStream(s, start);
    v.distribution.fill(s, out, offset, count);
  });
}

/** Indices of the variables with at least one non-zero off-diagonal correlation. */
function correlatedIndices(matrix: Matrix): number[] {
  return matrix.flatMap((row, i) => (row.some((v, j) => j !== i && v !== 0) ? [i] : []));
}

/**
 * Builds the plan (validating/repairing the correlation matrix and precomputing LHS permutations).
 * @throws {CorrelationError} for an invalid matrix, or a non-PSD one with `strict`.
 * @example
 * const plan = createSamplingPlan({ seed: 7, iterations: 100_000, method: "latin-hypercube", variables });
 * plan.fillChunk(0, 4096, columns);
 */
export function createSamplingPlan(options: SamplingPlanOptions): SamplingPlan {
  const { iterations, variables } = options;
  const blockSize = options.blockSize ?? DEFAULT_CORRELATION_BLOCK;
  const prepared = options.correlation ? prepareCorrelation(options.correlation, { strict: options.strict }) : undefined;
  if (prepared && prepared.matrix.length !== variables.length) throw new RangeError("correlation matrix size must equal the number of variables");
  // Only the variables with a non-zero correlation are reordered (the others stay independent, as
  // the identity rows of the matrix ask): Iman–Conover cost grows with the columns it touches.
  const involved = prepared ? correlatedIndices(prepared.matrix) : [];
  const target = involved.length > 1 && prepared ? imanConoverTarget(involved.map((i) => involved.map((j) => prepared.matrix[i]?.[j] ?? 0))) : undefined;
  const lhs = options.method === "latin-hypercube"
    ? createLatinHypercube({ seed: options.seed, iterations, streams: variables.map((v) => v.stream) })
    : undefined;
  const streams = involved.map((i) => variables[i]?.stream ?? i);
  const blockColumns = variables.map(() => new Float64Array(blockSize));
  // The last correlated block generated, reused by unaligned chunks that fall in the same block.
  let cachedBlock = -1;

  const fillChunk = (start: number, count: number, columns: readonly Float64Array[], offset = 0): void => {
    if (!(start >= 0 && count >= 0 && start + count <= iterations)) throw new RangeError("chunk outside the run");
    if (!target) return fillMarginals(options, lhs, start, count, columns, offset);
    for (let block = Math.floor(start / blockSize); block * blockSize < start + count; block++) {
      const blockStart = block * blockSize;
      const n = Math.min(blockSize, iterations - blockStart);
      if (block !== cachedBlock) {
        fillMarginals(options, lhs, blockStart, n, blockColumns, 0);
        applyImanConover(involved.map((i) => blockColumns[i] ?? new Float64Array(0)), n, target, { seed: options.seed, streams, block, blockSize });
        cachedBlock = block;
      }
      const from = Math.max(start, blockStart);
      const to = Math.min(start + count, blockStart + n);
      blockColumns.forEach((col, c) => columns[c]?.set(col.subarray(from - blockStart, to - blockStart), offset + from - start));
    }
  };
  return { iterations, correlation: prepared?.matrix, warnings: prepared?.warnings ?? [], fillChunk };
}
