/**
 * Standard normal variates by the ziggurat method (Marsaglia & Tsang, "The ziggurat method for
 * generating random variables", J. Stat. Softw. 5(8), 2000) with 256 layers and 52-bit mantissas,
 * laid out as in NumPy's `random_standard_normal` (r = 3.6541528853610088, v = 0.00492867323399).
 *
 * Each attempt takes two xoshiro128** words: 8 bits pick the layer, 1 bit the sign, 52 bits the
 * abscissa. About 98.8 % of attempts are accepted by one comparison; the rest fall to the wedge
 * test or the tail (Marsaglia 1964) and draw more words. Variable consumption is harmless because
 * every 4096-variate block starts from its own Philox-derived state (see stream.ts).
 */
import { BLOCK_VARIATES, enterBlock, nextUint32, type RandomStream } from "./stream";

const LAYERS = 256;
const ZIG_R = 3.6541528853610088;
const ZIG_INV_R = 1 / ZIG_R;
const ZIG_V = 0.00492867323399;
const TWO_POW_52 = 2 ** 52;
const TWO_POW_29 = 536870912;
const TWO_POW_26 = 67108864;

/** Layer acceptance thresholds (integers < 2^52), widths and density heights. */
const KI = new Float64Array(LAYERS);
const WI = new Float64Array(LAYERS);
const FI = new Float64Array(LAYERS);

function buildTables(): void {
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / Math.exp(-0.5 * dn * dn);
  KI[0] = Math.floor((dn / q) * TWO_POW_52);
  KI[1] = 0;
  WI[0] = q / TWO_POW_52;
  WI[LAYERS - 1] = dn / TWO_POW_52;
  FI[0] = 1;
  FI[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIG_V / dn + Math.exp(-0.5 * dn * dn)));
    KI[i + 1] = Math.floor((dn / tn) * TWO_POW_52);
    tn = dn;
    FI[i] = Math.exp(-0.5 * dn * dn);
    WI[i] = dn / TWO_POW_52;
  }
}
buildTables();

function uniformFromWords(a: number, b: number): number {
  const bits = (a >>> 5) * TWO_POW_26 + (b >>> 6);
  return bits === 0 ? 2 ** -54 : bits * 2 ** -53;
}

/**
 * One uniform in (0, 1) straight from the words, without counting a variate: a building block for
 * composite variates drawn through fillVariates (e.g. gamma/beta by rejection).
 */
export function drawUniform(s: RandomStream): number {
  const a = nextUint32(s);
  return uniformFromWords(a, nextUint32(s));
}

/**
 * Resolves an attempt rejected by the fast test: tail for layer 0, wedge test otherwise.
 * Returns NaN when the attempt is rejected (the caller starts a new attempt).
 */
function resolveRejected(s: RandomStream, layer: number, negative: boolean, x: number): number {
  if (layer === 0) {
    for (;;) {
      const xx = -ZIG_INV_R * Math.log(drawUniform(s));
      const yy = -Math.log(drawUniform(s));
      if (yy + yy > xx * xx) return negative ? -(ZIG_R + xx) : ZIG_R + xx;
    }
  }
  const fHigh = FI[layer - 1] ?? 0;
  const fLow = FI[layer] ?? 0;
  if ((fHigh - fLow) * drawUniform(s) + fLow < Math.exp(-0.5 * x * x)) return negative ? -x : x;
  return Number.NaN;
}

/**
 * One standard normal straight from the words, without counting a variate (used after a
 * rejection and as a building block for composite variates drawn through fillVariates).
 */
export function drawNormal(s: RandomStream): number {
  for (;;) {
    const a = nextUint32(s);
    const b = nextUint32(s);
    const layer = a & 0xff;
    const rabs = (a >>> 9) * TWO_POW_29 + (b >>> 3);
    const x = rabs * (WI[layer] ?? 0);
    if (rabs < (KI[layer] ?? 0)) return (a & 0x100) !== 0 ? -x : x;
    const value = resolveRejected(s, layer, (a & 0x100) !== 0, x);
    if (!Number.isNaN(value)) return value;
  }
}

/**
 * Writes `count` standard normal variates into out[offset .. offset+count) and advances the stream.
 * @example
 * const z = new Float64Array(4096);
 * fillNormal(createStream({ seed: 7, stream: 1 }), z, 0, z.length);
 */
export function fillNormal(s: RandomStream, out: Float64Array, offset: number, count: number): void {
  if (s.pendingSkip > 0) skipNormals(s);
  let i = offset;
  const end = offset + count;
  while (i < end) {
    if (s.inBlock === BLOCK_VARIATES) enterBlock(s, s.block + 1);
    const n = Math.min(BLOCK_VARIATES - s.inBlock, end - i);
    fillNormalInBlock(s, out, i, n);
    i += n;
    s.inBlock += n;
  }
}

function fillNormalInBlock(s: RandomStream, out: Float64Array, start: number, n: number): void {
  let s0 = s.s0;
  let s1 = s.s1;
  let s2 = s.s2;
  let s3 = s.s3;
  for (let i = start; i < start + n; i++) {
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
    const layer = a & 0xff;
    const rabs = (a >>> 9) * TWO_POW_29 + (b >>> 3);
    const x = rabs * (WI[layer] ?? 0);
    if (rabs < (KI[layer] ?? 0)) {
      out[i] = (a & 0x100) !== 0 ? -x : x;
      continue;
    }
    s.s0 = s0;
    s.s1 = s1;
    s.s2 = s2;
    s.s3 = s3;
    const value = resolveRejected(s, layer, (a & 0x100) !== 0, x);
    out[i] = Number.isNaN(value) ? drawNormal(s) : value;
    s0 = s.s0;
    s1 = s.s1;
    s2 = s.s2;
    s3 = s.s3;
  }
  s.s0 = s0;
  s.s1 = s1;
  s.s2 = s2;
  s.s3 = s3;
}

function skipNormals(s: RandomStream): void {
  const skip = s.pendingSkip;
  s.pendingSkip = 0;
  for (let k = 0; k < skip; k++) drawNormal(s);
  s.inBlock += skip;
}

const scratch = new Float64Array(1);

/**
 * One standard normal variate. Convenient for cold code; prefer fillNormal in loops.
 * @example
 * const z = nextNormal(stream);
 */
export function nextNormal(s: RandomStream): number {
  fillNormal(s, scratch, 0, 1);
  return scratch[0] ?? 0;
}
