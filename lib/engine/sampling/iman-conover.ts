/**
 * Rank correlation by Iman & Conover, "A distribution-free approach to inducing rank correlation
 * among input variables", Commun. Statist. B 11(3), 1982.
 *
 * For one block of n iterations × k columns: van der Waerden scores Φ⁻¹(i/(n+1)) are shuffled per
 * column (stream (seed, column stream, SUBSTREAM_IMAN_CONOVER) at position block·n), their actual
 * correlation T = Q·Qᵀ is measured, and R* = R·(P·Q⁻¹)ᵀ has correlation exactly P·Pᵀ = target.
 * Each column's values are then rearranged to follow the ranks of R*, so the marginals (the sorted
 * values) are unchanged. The Pearson target for normal scores is 2·sin(π·ρs/6), which gives the
 * requested Spearman ρs (falls back to ρs itself if that matrix is not PSD).
 */
import { createStream, fillUniform, seekStream } from "../random";
import { normalQuantile } from "../distributions";
import { argsort } from "../stats/ranks";
import { sortFloat64 } from "../stats/radix-sort";
import { SUBSTREAM_IMAN_CONOVER } from "./latin-hypercube";
import { cholesky, type Matrix } from "./matrix";

/** Pearson correlation for normal scores that yields Spearman correlation `rho`. */
export function spearmanToPearson(rho: number): number {
  return 2 * Math.sin((Math.PI * rho) / 6);
}

/**
 * Lower Cholesky factor P of the score-correlation target for a Spearman matrix.
 * @throws {RangeError} when the matrix is not PSD (run prepareCorrelation first).
 */
export function imanConoverTarget(spearmanMatrix: Matrix): Matrix {
  const adjusted = spearmanMatrix.map((row, i) => row.map((v, j) => (i === j ? 1 : spearmanToPearson(v))));
  const factor = cholesky(adjusted) ?? cholesky(spearmanMatrix);
  if (factor === null) throw new RangeError("correlation matrix is not positive semi-definite");
  return factor;
}

/**
 * Buffers reused from block to block (one thread runs one block at a time): a 4096-row block of 8 correlated columns
 * allocated ≈ 1.4 MB of typed arrays, and their garbage collection took ≈ 10 % of a one-thread run.
 */
type Scratch = { n: number; scores: Float64Array; u: Float64Array; sorted: Float64Array; order: Uint32Array; r: Float64Array[]; mixed: Float64Array[] };
let scratch: Scratch | undefined;

/** The van der Waerden scores Φ⁻¹(i/(n+1)), i = 1..n, and buffers for k columns of n rows. */
function scratchFor(n: number, k: number): Scratch {
  if (scratch?.n !== n) {
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i++) scores[i] = normalQuantile((i + 1) / (n + 1));
    scratch = { n, scores, u: new Float64Array(n), sorted: new Float64Array(n), order: new Uint32Array(n), r: [], mixed: [] };
  }
  while (scratch.r.length < k) scratch.r.push(new Float64Array(n));
  while (scratch.mixed.length < k) scratch.mixed.push(new Float64Array(n));
  return scratch;
}

function shuffledScores(seed: number, stream: number, position: number, scores: Float64Array, out: Float64Array, u: Float64Array): void {
  out.set(scores);
  const s = createStream({ seed, stream, substream: SUBSTREAM_IMAN_CONOVER });
  seekStream(s, position);
  fillUniform(s, u, 0, u.length);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor((u[i] ?? 0) * (i + 1));
    const tmp = out[i] ?? 0;
    out[i] = out[j] ?? 0;
    out[j] = tmp;
  }
}

function correlationOf(columns: readonly Float64Array[], n: number): Matrix {
  const k = columns.length;
  const norms = columns.map((c) => {
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (c[r] ?? 0) ** 2;
    return Math.sqrt(ss);
  });
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => {
      const a = columns[i] ?? new Float64Array(0);
      const b = columns[j] ?? new Float64Array(0);
      let s = 0;
      for (let r = 0; r < n; r++) s += (a[r] ?? 0) * (b[r] ?? 0);
      return s / ((norms[i] ?? 1) * (norms[j] ?? 1));
    }),
  );
}

/** M = P·Q⁻¹ with Q lower triangular (forward substitution on rows). */
function mixingMatrix(p: Matrix, q: Matrix): Matrix {
  const k = p.length;
  return p.map((row) => {
    const x = new Array<number>(k).fill(0);
    for (let j = k - 1; j >= 0; j--) {
      let s = row[j] ?? 0;
      for (let m = j + 1; m < k; m++) s -= (x[m] ?? 0) * (q[m]?.[j] ?? 0);
      x[j] = s / (q[j]?.[j] ?? 1);
    }
    return x;
  });
}

/**
 * Reorders, in place, the first n values of each column so their rank correlation approaches the
 * target whose score factor is `target` (from imanConoverTarget). Deterministic in (seed, block).
 * @example
 * applyImanConover(columns, n, imanConoverTarget(rho), { seed, streams, block: 0 });
 */
export function applyImanConover(
  columns: readonly Float64Array[],
  n: number,
  target: Matrix,
  options: { seed: number; streams: readonly number[]; block: number; blockSize: number },
): void {
  const k = columns.length;
  if (k < 2 || n < k + 1) return;
  const buffers = scratchFor(n, k);
  const r = columns.map((_, c) => {
    const out = buffers.r[c] ?? new Float64Array(n);
    shuffledScores(options.seed, options.streams[c] ?? c, options.block * options.blockSize, buffers.scores, out, buffers.u);
    return out;
  });
  const q = cholesky(correlationOf(r, n));
  if (q === null) return;
  const m = mixingMatrix(target, q);
  const row = new Float64Array(k);
  const mixed = columns.map((_, c) => buffers.mixed[c] ?? new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) row[c] = r[c]?.[i] ?? 0;
    for (let a = 0; a < k; a++) {
      let s = 0;
      const ma = m[a] ?? [];
      for (let b = 0; b <= a; b++) s += (ma[b] ?? 0) * (row[b] ?? 0);
      (mixed[a] ?? row)[i] = s;
    }
  }
  columns.forEach((col, c) => rearrange(col, n, mixed[c] ?? new Float64Array(n), buffers));
}

/** Puts the j-th smallest value of col where `ranksFrom` has its j-th smallest entry. */
function rearrange(col: Float64Array, n: number, ranksFrom: Float64Array, buffers: Scratch): void {
  const sortedValues = buffers.sorted;
  sortedValues.set(col.subarray(0, n));
  sortFloat64(sortedValues);
  const order = argsort(ranksFrom, buffers.order);
  for (let j = 0; j < n; j++) col[order[j] ?? 0] = sortedValues[j] ?? Number.NaN;
}
