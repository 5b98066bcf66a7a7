/**
 * Latin hypercube sampling defined by (seed, N), independent of chunking.
 *
 * For column c (stream label s): a random permutation π_c of 0..N−1 is drawn once over the whole
 * run by Fisher–Yates from stream (seed, s, SUBSTREAM_LHS_PERMUTATION); iteration i then gets
 *   u = (π_c[i] + v_i) / N,   v_i = uniform variate i of stream (seed, s, SUBSTREAM_LHS_JITTER),
 * so each of the N strata holds exactly one point, and chunk [start, start+count) reads a slice.
 * Memory: one Uint32Array(N) per column, 4·N·columns bytes (1e6 iterations × 30 columns = 120 MB);
 * compute it once per worker (it is deterministic) or share it through a SharedArrayBuffer.
 */
import { createStream, fillUniform, seekStream } from "../random";

export const SUBSTREAM_MONTE_CARLO = 0;
export const SUBSTREAM_LHS_PERMUTATION = 1;
export const SUBSTREAM_LHS_JITTER = 2;
export const SUBSTREAM_IMAN_CONOVER = 3;

const PERMUTATION_BATCH = 4096;
/** Largest double below 1: (π + v)/N can round up to 1 for v close to 1. */
const BELOW_ONE = 1 - 2 ** -53;

/**
 * Uniformly random permutation of 0..n−1 (Fisher–Yates, index j = floor(u·(i+1)) with 53-bit u:
 * the bias is below n/2^53).
 * @example
 * randomPermutation(42, 7, SUBSTREAM_LHS_PERMUTATION, 10); // Uint32Array of 0..9 shuffled
 */
export function randomPermutation(seed: number, stream: number, substream: number, n: number): Uint32Array {
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const s = createStream({ seed, stream, substream });
  const u = new Float64Array(PERMUTATION_BATCH);
  let used = PERMUTATION_BATCH;
  for (let i = n - 1; i > 0; i--) {
    if (used === PERMUTATION_BATCH) {
      fillUniform(s, u, 0, PERMUTATION_BATCH);
      used = 0;
    }
    const j = Math.floor((u[used++] ?? 0) * (i + 1));
    const tmp = perm[i] ?? 0;
    perm[i] = perm[j] ?? 0;
    perm[j] = tmp;
  }
  return perm;
}

export type LatinHypercube = {
  readonly seed: number;
  readonly iterations: number;
  readonly permutations: readonly Uint32Array[];
  readonly streams: readonly number[];
};

/**
 * Precomputes the permutations of a Latin hypercube over `iterations` for the given stream labels.
 * @example
 * const lhs = createLatinHypercube({ seed: 1, iterations: 10_000, streams: [0, 1, 2] });
 */
export function createLatinHypercube(options: { seed: number; iterations: number; streams: readonly number[] }): LatinHypercube {
  const { seed, iterations, streams } = options;
  return {
    seed,
    iterations,
    streams: [...streams],
    permutations: streams.map((s) => randomPermutation(seed, s, SUBSTREAM_LHS_PERMUTATION, iterations)),
  };
}

/**
 * Stratified uniforms of column `column` for iterations start .. start+count−1 into out[offset ..).
 * @example
 * fillLatinHypercube(lhs, 0, 5000, u, 0, 1000);
 */
export function fillLatinHypercube(
  lhs: LatinHypercube,
  column: number,
  start: number,
  out: Float64Array,
  offset: number,
  count: number,
): void {
  const perm = lhs.permutations[column];
  const stream = lhs.streams[column];
  if (perm === undefined || stream === undefined) throw new RangeError(`no column ${column}`);
  if (start < 0 || start + count > lhs.iterations) throw new RangeError("iterations outside the hypercube");
  const jitter = createStream({ seed: lhs.seed, stream, substream: SUBSTREAM_LHS_JITTER });
  seekStream(jitter, start);
  fillUniform(jitter, out, offset, count);
  const n = lhs.iterations;
  for (let k = 0; k < count; k++) out[offset + k] = Math.min(BELOW_ONE, ((perm[start + k] ?? 0) + (out[offset + k] ?? 0)) / n);
}
