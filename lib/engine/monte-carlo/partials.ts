/**
 * What one chunk returns: mergeable partial results. Every part is either exact and
 * order-independent (exact-sum summaries, integer sketch counts) or positioned by iteration index
 * (values, sensitivity rows), so merging any chunking in any order gives the same bits.
 */
import { addToSketch, addToSummary, argsort, createQuantileSketch, createSummary, type QuantileSketch, type StreamingSummary } from "../stats";

/** The part of one metric from the iterations of one chunk that fall in convergence segment `segment` = [cp[segment−1], cp[segment]). */
export type SegmentPartial = { segment: number; summary: StreamingSummary; sketch: QuantileSketch | null };

export type MetricPartial = {
  segments: SegmentPartial[];
  /** The chunk's values in iteration order (exact mode only). */
  values: Float64Array | null;
  /**
   * The chunk's finite values sorted ascending, as sortFinite sorts them (exact mode only), so the main thread merges
   * runs instead of sorting all values after the last chunk. Absent from partials stored before it existed: the
   * collector then sorts.
   */
  sorted?: Float64Array | null;
};

/** Rows of the sensitivity sample in one chunk: iterations start .. start + rows − 1. */
export type SensitivityPartial = {
  rows: number;
  inputs: Float64Array[];
  npv: Float64Array;
  /**
   * Per column (each input, then NPV): the chunk's rows whose NPV is finite (the rows the sensitivity keeps), as row
   * offsets into this chunk, in argsort order of that column (ascending, NaN last in row order). Merged on the main
   * thread into the global rank order. Absent from partials stored before it existed: the collector then sorts.
   */
  orders?: Uint32Array[];
};

export type ChunkPartial = {
  start: number;
  count: number;
  /** In the order of PreparedRun.metrics. */
  metrics: MetricPartial[];
  sensitivity: SensitivityPartial | null;
};

/**
 * Splits values (iterations start .. start + values.length − 1) along the checkpoints and
 * summarises each piece.
 */
export function buildSegments(values: Float64Array, start: number, checkpoints: readonly number[], sketchAccuracy: number | null): SegmentPartial[] {
  const out: SegmentPartial[] = [];
  const end = start + values.length;
  let from = 0;
  for (let j = 0; j < checkpoints.length; j++) {
    const segStart = j === 0 ? 0 : (checkpoints[j - 1] ?? 0);
    const segEnd = checkpoints[j] ?? 0;
    const lo = Math.max(segStart, start);
    const hi = Math.min(segEnd, end);
    if (hi <= lo) continue;
    const summary = createSummary();
    addToSummary(summary, values, lo - start, hi - lo);
    let sketch: QuantileSketch | null = null;
    if (sketchAccuracy !== null) {
      sketch = createQuantileSketch(sketchAccuracy);
      addToSketch(sketch, values, lo - start, hi - lo);
    }
    out.push({ segment: j, summary, sketch });
    from = hi;
  }
  if (from !== end) throw new RangeError("internal: chunk outside the checkpoints");
  return out;
}

/**
 * The `orders` of a sensitivity partial: for each column, the rows with a finite NPV in argsort order of that column.
 * @example sampleOrders([price], npv); // [Uint32Array of price's row order, Uint32Array of NPV's row order]
 */
export function sampleOrders(inputs: readonly Float64Array[], npv: Float64Array): Uint32Array[] {
  const rows = new Uint32Array(npv.length);
  let n = 0;
  for (let i = 0; i < npv.length; i++) if (Number.isFinite(npv[i])) rows[n++] = i;
  const keptRows = rows.subarray(0, n);
  // Plain loops, not TypedArray.from/map with a callback: those cost ≈ 60 ms per 100 000 iterations here.
  const picked = new Float64Array(n);
  return [...inputs, npv].map((column) => {
    for (let k = 0; k < n; k++) picked[k] = column[keptRows[k] ?? 0] ?? Number.NaN;
    const order = argsort(picked);
    for (let k = 0; k < n; k++) order[k] = keptRows[order[k] ?? 0] ?? 0;
    return order;
  });
}

/** Typed arrays of a partial that can be transferred (not copied) to the main thread. */
export function transferablesOf(partial: ChunkPartial): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const m of partial.metrics) {
    if (m.values) buffers.push(m.values.buffer as ArrayBuffer);
    if (m.sorted) buffers.push(m.sorted.buffer as ArrayBuffer);
  }
  if (partial.sensitivity) {
    for (const a of partial.sensitivity.inputs) buffers.push(a.buffer as ArrayBuffer);
    for (const a of partial.sensitivity.orders ?? []) buffers.push(a.buffer as ArrayBuffer);
    buffers.push(partial.sensitivity.npv.buffer as ArrayBuffer);
  }
  return buffers;
}
