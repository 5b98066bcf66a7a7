/**
 * Generic variate fill for composite samplers (gamma, beta, …) whose word consumption varies.
 * Positions still count variates, block by block, so chunking never changes the results.
 */
import { BLOCK_VARIATES, enterBlock, type RandomStream } from "./stream";

/** Draws one variate from the raw words of the stream (must not touch block bookkeeping). */
export type VariateDraw = (s: RandomStream) => number;

/**
 * Writes `count` variates produced by `draw` into out[offset .. offset+count), entering a fresh
 * Philox-derived block every BLOCK_VARIATES variates and honouring a pending seek.
 * @example
 * fillVariates(stream, out, 0, out.length, (s) => drawNormal(s) * 2);
 */
export function fillVariates(
  s: RandomStream,
  out: Float64Array,
  offset: number,
  count: number,
  draw: VariateDraw,
): void {
  if (s.pendingSkip > 0) {
    const skip = s.pendingSkip;
    s.pendingSkip = 0;
    for (let k = 0; k < skip; k++) draw(s);
    s.inBlock += skip;
  }
  let i = offset;
  const end = offset + count;
  while (i < end) {
    if (s.inBlock === BLOCK_VARIATES) enterBlock(s, s.block + 1);
    const n = Math.min(BLOCK_VARIATES - s.inBlock, end - i);
    for (let k = 0; k < n; k++) out[i + k] = draw(s);
    i += n;
    s.inBlock += n;
  }
}
