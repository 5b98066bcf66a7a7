/**
 * Philox4x32-10, the counter-based generator of Salmon, Moraes, Dror & Shaw,
 * "Parallel random numbers: as easy as 1, 2, 3", SC '11 (doi:10.1145/2063384.2063405),
 * as published in the Random123 library. A pure function of a 128-bit counter and a 64-bit key.
 *
 * Here it is used only to derive the starting state of each block of a stream (see stream.ts):
 * one call costs ~35 ns in JavaScript (32x32->64 multiplies need 16-bit halves), which is too slow
 * for every variate but negligible once per 4096 variates.
 */

const PHILOX_M0 = 0xd2511f53;
const PHILOX_M1 = 0xcd9e8d57;
const PHILOX_W0 = 0x9e3779b9;
const PHILOX_W1 = 0xbb67ae85;
const PHILOX_ROUNDS = 10;

/** High 32 bits of the 64-bit product a·b of two unsigned 32-bit integers, without BigInt. */
function mulHi32(a: number, b: number): number {
  const aLo = a & 0xffff;
  const aHi = a >>> 16;
  const bLo = b & 0xffff;
  const bHi = b >>> 16;
  const loLo = Math.imul(aLo, bLo) >>> 0;
  const loHi = Math.imul(aLo, bHi) >>> 0;
  const hiLo = Math.imul(aHi, bLo) >>> 0;
  const hiHi = Math.imul(aHi, bHi) >>> 0;
  const mid = (loLo >>> 16) + (loHi & 0xffff) + (hiLo & 0xffff);
  return (hiHi + (loHi >>> 16) + (hiLo >>> 16) + (mid >>> 16)) >>> 0;
}

/**
 * Philox4x32-10 block function: writes the four 32-bit output words for counter (c0..c3)
 * and key (k0, k1) into `out`. All inputs are unsigned 32-bit integers.
 *
 * @example
 * const out = new Uint32Array(4);
 * philox4x32(0, 0, 0, 0, 0, 0, out); // out = [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]
 */
export function philox4x32(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  out: Uint32Array,
): void {
  let x0 = c0 >>> 0;
  let x1 = c1 >>> 0;
  let x2 = c2 >>> 0;
  let x3 = c3 >>> 0;
  let key0 = k0 >>> 0;
  let key1 = k1 >>> 0;
  for (let round = 0; round < PHILOX_ROUNDS; round++) {
    const hi0 = mulHi32(PHILOX_M0, x0);
    const lo0 = Math.imul(PHILOX_M0, x0) >>> 0;
    const hi1 = mulHi32(PHILOX_M1, x2);
    const lo1 = Math.imul(PHILOX_M1, x2) >>> 0;
    x0 = (hi1 ^ x1 ^ key0) >>> 0;
    x1 = lo1;
    x2 = (hi0 ^ x3 ^ key1) >>> 0;
    x3 = lo0;
    key0 = (key0 + PHILOX_W0) >>> 0;
    key1 = (key1 + PHILOX_W1) >>> 0;
  }
  out[0] = x0;
  out[1] = x1;
  out[2] = x2;
  out[3] = x3;
}
