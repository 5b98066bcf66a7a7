/**
 * What one chunk returns: mergeable partial results. Every part is either exact and
 * order-independent (exact-sum summaries, integer sketch counts) or positioned by iteration index
 * (values, sensitivity rows), so merging any chunking in any order gives the same bits.
 */
import { addToSketch, addToSummary, createQuantileSketch, createSummary, type QuantileSketch, type StreamingSummary } from "../stats";

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

/** Typed arrays of a partial that can be transferred (not copied) to the main thread. */
export function transferablesOf(partial: ChunkPartial): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const m of partial.metrics) {
    if (m.values) buffers.push(m.values.buffer as ArrayBuffer);
    if (m.sorted) buffers.push(m.sorted.buffer as ArrayBuffer);
  }
  if (partial.sensitivity) {
    for (const a of partial.sensitivity.inputs) buffers.push(a.buffer as ArrayBuffer);
    buffers.push(partial.sensitivity.npv.buffer as ArrayBuffer);
  }
  return buffers;
}
