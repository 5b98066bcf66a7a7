/**
 * Seeded random streams: Philox4x32-10 (counter-based) derives, for every block of 4096 variates,
 * the 128-bit state of a xoshiro128** generator (Blackman & Vigna, "Scrambled linear pseudorandom
 * number generators", ACM TOMS 47(4), 2021), which then produces that block sequentially.
 *
 *   state(seed, stream, substream, block) = Philox4x32-10(counter = [blockLo, blockHi, stream, substream],
 *                                                        key = [seedLo, seedHi])
 *
 * Variate j of a stream lives in block floor(j / 4096), so any position is reached in O(1) Philox
 * calls plus at most 4095 discarded variates (none when chunks are multiples of 4096). Results are
 * therefore identical whatever the chunking. A stream should draw one kind of variate (uniform or
 * normal); positions count variates of that kind.
 */
import { philox4x32 } from "./philox";

/** Variates per block; part of the definition of every stream (changing it changes all results). */
export const BLOCK_VARIATES = 4096;

const TWO_POW_32 = 4294967296;
const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** Identity of a stream: a run seed plus two 32-bit labels (e.g. variable id and period). */
export type StreamKey = {
  /** Run seed, an integer in [0, 2^53). */
  seed: number;
  /** Stream label, an unsigned 32-bit integer (e.g. the variable's id). */
  stream: number;
  /** Sub-stream label, an unsigned 32-bit integer (e.g. period or purpose); default 0. */
  substream?: number;
};

/**
 * Mutable generator state. Treat as opaque: read `block`/`inBlock` only through streamPosition.
 * The xoshiro128** words s0..s3 are kept as int32 values.
 */
export type RandomStream = {
  readonly seedLo: number;
  readonly seedHi: number;
  readonly stream: number;
  readonly substream: number;
  block: number;
  inBlock: number;
  pendingSkip: number;
  s0: number;
  s1: number;
  s2: number;
  s3: number;
};

const philoxOut = new Uint32Array(4);

/** Thrown for a seed or stream label outside its documented range. */
export class RandomStreamError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "RandomStreamError";
    this.field = field;
  }
}

function checkUint32(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value >= TWO_POW_32) {
    throw new RandomStreamError(field, `must be an integer in [0, 2^32), got ${value}`);
  }
}

/**
 * Creates a stream positioned at variate 0.
 * @throws {RandomStreamError} when seed is not an integer in [0, 2^53) or a label not in [0, 2^32).
 * @example
 * const s = createStream({ seed: 42, stream: 3, substream: 0 });
 */
export function createStream(key: StreamKey): RandomStream {
  if (!Number.isSafeInteger(key.seed) || key.seed < 0 || key.seed > MAX_SEED) {
    throw new RandomStreamError("seed", `must be an integer in [0, 2^53), got ${key.seed}`);
  }
  checkUint32("stream", key.stream);
  const substream = key.substream ?? 0;
  checkUint32("substream", substream);
  const s: RandomStream = {
    seedLo: key.seed % TWO_POW_32,
    seedHi: Math.floor(key.seed / TWO_POW_32),
    stream: key.stream,
    substream,
    block: 0,
    inBlock: 0,
    pendingSkip: 0,
    s0: 0,
    s1: 0,
    s2: 0,
    s3: 0,
  };
  enterBlock(s, 0);
  return s;
}

/** Loads the xoshiro128** state of `block` (derived by Philox) and resets the in-block position. */
export function enterBlock(s: RandomStream, block: number): void {
  philox4x32(block % TWO_POW_32, Math.floor(block / TWO_POW_32), s.stream, s.substream, s.seedLo, s.seedHi, philoxOut);
  s.s0 = philoxOut[0] ?? 0;
  s.s1 = philoxOut[1] ?? 0;
  s.s2 = philoxOut[2] ?? 0;
  s.s3 = philoxOut[3] ?? 0;
  // xoshiro must not start from the all-zero state (probability 2^-128; replaced deterministically).
  if ((s.s0 | s.s1 | s.s2 | s.s3) === 0) s.s0 = 1;
  s.s0 |= 0;
  s.s1 |= 0;
  s.s2 |= 0;
  s.s3 |= 0;
  s.block = block;
  s.inBlock = 0;
  s.pendingSkip = 0;
}

/**
 * Moves the stream to variate `position`: O(1) block derivation; the in-block offset is discarded
 * lazily by the next fill (so the skip is counted in variates of the kind that fill draws).
 * @throws {RandomStreamError} when position is not an integer in [0, 2^53).
 */
export function seekStream(s: RandomStream, position: number): void {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RandomStreamError("position", `must be a non-negative safe integer, got ${position}`);
  }
  enterBlock(s, Math.floor(position / BLOCK_VARIATES));
  s.pendingSkip = position % BLOCK_VARIATES;
}

/** Index of the next variate the stream will produce. */
export function streamPosition(s: RandomStream): number {
  return s.block * BLOCK_VARIATES + s.inBlock + s.pendingSkip;
}

/**
 * Next raw 32-bit word of xoshiro128** (as an unsigned integer). Does not count variates:
 * used by the variate functions and by tests against the reference implementation.
 */
export function nextUint32(s: RandomStream): number {
  const result = Math.imul(rotl(Math.imul(s.s1, 5), 7), 9);
  const t = s.s1 << 9;
  s.s2 ^= s.s0;
  s.s3 ^= s.s1;
  s.s1 ^= s.s2;
  s.s0 ^= s.s3;
  s.s2 ^= t;
  s.s3 = rotl(s.s3, 11);
  return result >>> 0;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * FNV-1a (32-bit) hash of a name, for stable stream labels (adding a variable leaves the
 * streams of the others unchanged).
 * @example
 * const stream = hashStreamName("copper-price-usd-per-lb");
 */
export function hashStreamName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
