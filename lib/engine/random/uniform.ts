/**
 * Uniform doubles on the open interval (0, 1) with 53 random bits.
 *
 * Two xoshiro128** words give k = (a >>> 5)·2^26 + (b >>> 6), an integer in [0, 2^53); the variate
 * is k·2^-53, exact in binary64, at most 1 − 2^-53 (never 1). The single outcome k = 0 is mapped
 * to 2^-54 (half a grid step) so the result is never 0 either and inverse CDFs stay finite.
 * Every uniform consumes exactly two words.
 */
import { BLOCK_VARIATES, enterBlock, type RandomStream } from "./stream";

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_53 = 2 ** -53;
const TWO_POW_MINUS_54 = 2 ** -54;

/**
 * Writes `count` uniforms from the stream into out[offset .. offset+count) and advances it.
 * Batch API for the runner: no allocation, state kept in locals.
 * @example
 * const u = new Float64Array(1000);
 * fillUniform(createStream({ seed: 1, stream: 0 }), u, 0, u.length);
 */
export function fillUniform(s: RandomStream, out: Float64Array, offset: number, count: number): void {
  if (s.pendingSkip > 0) skipUniforms(s);
  let i = offset;
  const end = offset + count;
  while (i < end) {
    if (s.inBlock === BLOCK_VARIATES) enterBlock(s, s.block + 1);
    const n = Math.min(BLOCK_VARIATES - s.inBlock, end - i);
    let s0 = s.s0;
    let s1 = s.s1;
    let s2 = s.s2;
    let s3 = s.s3;
    for (let k = 0; k < n; k++) {
      let m = Math.imul(s1, 5);
      const a = Math.imul((m << 7) | (m >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      m = Math.imul(s1, 5);
      const b = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const bits = (a >>> 5) * TWO_POW_26 + (b >>> 6);
      out[i++] = bits === 0 ? TWO_POW_MINUS_54 : bits * TWO_POW_MINUS_53;
    }
    s.s0 = s0;
    s.s1 = s1;
    s.s2 = s2;
    s.s3 = s3;
    s.inBlock += n;
  }
}

const scratch = new Float64Array(1);

/**
 * One uniform in (0, 1). Convenient for cold code; prefer fillUniform in loops.
 * @example
 * const u = nextUniform(stream); // 0 < u < 1
 */
export function nextUniform(s: RandomStream): number {
  fillUniform(s, scratch, 0, 1);
  return scratch[0] ?? 0.5;
}

/** Discards the pending in-block offset left by seekStream, counted in uniforms (2 words each). */
function skipUniforms(s: RandomStream): void {
  const skip = s.pendingSkip;
  s.pendingSkip = 0;
  let s0 = s.s0;
  let s1 = s.s1;
  let s2 = s.s2;
  let s3 = s.s3;
  for (let k = 0; k < 2 * skip; k++) {
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
  }
  s.s0 = s0;
  s.s1 = s1;
  s.s2 = s2;
  s.s3 = s3;
  s.inBlock += skip;
}
