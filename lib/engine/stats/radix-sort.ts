/**
 * Least-significant-digit radix sorts of doubles, in six linear passes instead of n·log n data-dependent comparisons.
 * - radixArgsort: the order a stable comparison sort gives (ascending, equal values in index order). Per
 *   100,000-iteration run the engine argsorts about 1.1 million numbers (Iman–Conover's 4096-row blocks, the
 *   20,000-row sensitivity columns); a quicksort keyed by (value, index) took 335 µs for 4096 numbers, this 180 µs.
 * - sortFloat64: Float64Array.prototype.sort's exact result (−0 before +0, NaN last), about 2.5 times faster than
 *   V8's own typed-array sort (425 µs for 4096 numbers, 2.3 ms for 20,000) on the values the engine sorts.
 *
 * Each double is mapped to an unsigned 64-bit key (as two 32-bit halves) whose unsigned order is the numeric order:
 * non-negative numbers get their sign bit set, negative ones all bits flipped (the argsort first makes −0 +0, because
 * `<` treats them as equal; the value sort keeps −0 before +0 as the typed-array sort does). Passes of 11, 11, 10 bits over the low half, then the high half; a pass whose digit is the
 * same for every key is skipped. LSD radix is stable, so keys that are equal keep their input (index) order.
 */

const PASSES = [
  { word: 0, shift: 0, bits: 11 },
  { word: 0, shift: 11, bits: 11 },
  { word: 0, shift: 22, bits: 10 },
  { word: 1, shift: 0, bits: 11 },
  { word: 1, shift: 11, bits: 11 },
  { word: 1, shift: 22, bits: 10 },
] as const;
const BINS = 1 << 11;
/** Word order of a double in memory: [low, high] on little-endian hosts (every host Node runs on today). */
const LOW = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 0 : 1;
const HIGH = 1 - LOW;

type Buffers = { words: Uint32Array; doubles: Float64Array; lo: Uint32Array; hi: Uint32Array; lo2: Uint32Array; hi2: Uint32Array; index2: Uint32Array; counts: Uint32Array };
/** Grown once and reused: one sort runs at a time per thread. */
let buffers: Buffers | undefined;

function buffersFor(n: number): Buffers {
  if (!buffers || buffers.lo.length < n) {
    const size = Math.max(n, 2 * (buffers?.lo.length ?? 0));
    const doubles = new Float64Array(size);
    buffers = {
      doubles,
      words: new Uint32Array(doubles.buffer),
      lo: new Uint32Array(size),
      hi: new Uint32Array(size),
      lo2: new Uint32Array(size),
      hi2: new Uint32Array(size),
      index2: new Uint32Array(size),
      counts: new Uint32Array(PASSES.length * BINS),
    };
  }
  return buffers;
}

/** Sortable 64-bit keys of b.doubles[0..n) into b.lo / b.hi, and the digit histograms of all six passes. */
function encodeKeys(b: Buffers, n: number): void {
  const { words, lo, hi, counts } = b;
  counts.fill(0);
  for (let k = 0; k < n; k++) {
    let l = words[2 * k + LOW] ?? 0;
    let h = words[2 * k + HIGH] ?? 0;
    if (h >>> 31 === 1) {
      l = ~l >>> 0;
      h = ~h >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    lo[k] = l;
    hi[k] = h;
    counts[l & 0x7ff] = (counts[l & 0x7ff] ?? 0) + 1;
    counts[BINS + ((l >>> 11) & 0x7ff)] = (counts[BINS + ((l >>> 11) & 0x7ff)] ?? 0) + 1;
    counts[2 * BINS + (l >>> 22)] = (counts[2 * BINS + (l >>> 22)] ?? 0) + 1;
    counts[3 * BINS + (h & 0x7ff)] = (counts[3 * BINS + (h & 0x7ff)] ?? 0) + 1;
    counts[4 * BINS + ((h >>> 11) & 0x7ff)] = (counts[4 * BINS + ((h >>> 11) & 0x7ff)] ?? 0) + 1;
    counts[5 * BINS + (h >>> 22)] = (counts[5 * BINS + (h >>> 22)] ?? 0) + 1;
  }
}

/** Turns pass p's histogram into start offsets; false when every key has the same digit (the pass is a no-op). */
function prefixOffsets(counts: Uint32Array, p: number, n: number): boolean {
  const base = p * BINS;
  let sum = 0;
  for (let d = 0; d < BINS; d++) {
    const c = counts[base + d] ?? 0;
    if (c === n) return false;
    counts[base + d] = sum;
    sum += c;
  }
  return true;
}

/** The LSD passes over b.lo / b.hi (and the payload `index`, when given); returns where the sorted keys ended up. */
function radixPasses(b: Buffers, n: number, index: Uint32Array | null): { lo: Uint32Array; hi: Uint32Array; index: Uint32Array | null } {
  let [lo, hi, idx] = [b.lo, b.hi, index];
  let [lo2, hi2, idx2] = [b.lo2, b.hi2, b.index2];
  for (let p = 0; p < PASSES.length; p++) {
    if (!prefixOffsets(b.counts, p, n)) continue;
    const { word, shift, bits } = PASSES[p] ?? PASSES[0];
    const digits = word === 0 ? lo : hi;
    const mask = (1 << bits) - 1;
    const offsets = b.counts.subarray(p * BINS, (p + 1) * BINS);
    for (let k = 0; k < n; k++) {
      const d = ((digits[k] ?? 0) >>> shift) & mask;
      const to = offsets[d] ?? 0;
      offsets[d] = to + 1;
      lo2[to] = lo[k] ?? 0;
      hi2[to] = hi[k] ?? 0;
      if (idx) idx2[to] = idx[k] ?? 0;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    if (idx) [idx, idx2] = [idx2, idx];
  }
  return { lo, hi, index: idx };
}

/**
 * Sorts index[0..n) by values[index[k]] ascending, stably (no NaN among them; the caller puts NaN apart).
 * @example const index = Uint32Array.from([0, 1, 2]); radixArgsort([3, 1, 2], index, 3); // index = [1, 2, 0]
 */
export function radixArgsort(values: ArrayLike<number>, index: Uint32Array, n: number): void {
  const b = buffersFor(n);
  for (let k = 0; k < n; k++) {
    const v = values[index[k] ?? 0] ?? 0;
    b.doubles[k] = v === 0 ? 0 : v;
  }
  encodeKeys(b, n);
  const sorted = radixPasses(b, n, index);
  if (sorted.index && sorted.index !== index) index.set(sorted.index.subarray(0, n));
}

/**
 * Sorts `values` in place exactly as Float64Array.prototype.sort does without a comparator: ascending, −0 before +0,
 * NaN last. Below 256 numbers it calls that sort (the passes' fixed cost is larger there).
 * @example sortFloat64(Float64Array.from([2, NaN, -1])); // Float64Array [-1, 2, NaN]
 */
export function sortFloat64(values: Float64Array): Float64Array {
  if (values.length < 256) return values.sort();
  const b = buffersFor(values.length);
  let n = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? Number.NaN;
    if (v === v) b.doubles[n++] = v;
  }
  encodeKeys(b, n);
  const { lo, hi } = radixPasses(b, n, null);
  for (let k = 0; k < n; k++) {
    const h = hi[k] ?? 0;
    const isNonNegative = h >>> 31 === 1;
    b.words[2 * k + LOW] = isNonNegative ? (lo[k] ?? 0) : ~(lo[k] ?? 0) >>> 0;
    b.words[2 * k + HIGH] = isNonNegative ? (h & 0x7fffffff) >>> 0 : ~h >>> 0;
  }
  values.set(b.doubles.subarray(0, n));
  values.fill(Number.NaN, n);
  return values;
}
