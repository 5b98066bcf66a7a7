import { describe, expect, it } from "vitest";
import { mergeSortedValues } from "./merge-sorted";
import { sortFinite } from "./percentiles";

/** A deterministic value stream with many ties, signed zeros and non-finite values. */
function awkwardValues(n: number, seed: number): Float64Array {
  const special = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5, -2.25];
  let state = seed;
  return Float64Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const pick = state % 10;
    return pick < 4 ? (special[pick + (state % 3)] ?? 0) : ((state % 1000) - 500) / 7;
  });
}

function chunksOf(values: Float64Array, sizes: readonly number[]): Float64Array[] {
  const out: Float64Array[] = [];
  let start = 0;
  for (const size of sizes) {
    out.push(values.subarray(start, start + size));
    start += size;
  }
  return out;
}

const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

describe("mergeSortedValues", () => {
  it("gives the bits of sortFinite over all values, −0 before +0, whatever the chunking", () => {
    const values = awkwardValues(1000, 7);
    const expected = bits(sortFinite(values));
    for (const sizes of [[1000], [500, 500], [1, 299, 77, 623], [100, 100, 100, 100, 100, 100, 100, 100, 100, 100]]) {
      const merged = mergeSortedValues(chunksOf(values, sizes).map((chunk) => sortFinite(chunk)));
      expect(bits(merged)).toEqual(expected);
    }
  });

  it("keeps signed zeros apart in the order a typed-array sort gives them", () => {
    const merged = mergeSortedValues([Float64Array.from([0, 0]), Float64Array.from([-0, 1]), Float64Array.from([-0])]);
    expect(Array.from(merged, (x) => Object.is(x, -0))).toEqual([true, true, false, false, false]);
  });

  it("merges no runs into an empty array", () => {
    expect(mergeSortedValues([])).toEqual(new Float64Array(0));
  });
});
