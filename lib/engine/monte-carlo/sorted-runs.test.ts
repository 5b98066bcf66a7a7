import { describe, expect, it } from "vitest";
import { sortFinite } from "../stats";
import { sortedFiniteValues, type ValueRun } from "./sorted-runs";

function series(n: number, seed: number, nonFiniteEvery = 0): Float64Array {
  let state = seed;
  return Float64Array.from({ length: n }, (_, i) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    if (nonFiniteEvery > 0 && i % nonFiniteEvery === 3) return i % 2 === 0 ? Number.NaN : Number.NEGATIVE_INFINITY;
    return (state % 50) - 25; // many ties
  });
}

const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));

function valueRuns(values: Float64Array, size: number): ValueRun[] {
  const runs: ValueRun[] = [];
  for (let start = 0; start < values.length; start += size) {
    const chunk = values.subarray(start, start + size);
    runs.push({ start, count: chunk.length, sorted: sortFinite(chunk) });
  }
  return runs.reverse(); // arrival order does not matter
}

describe("sortedFiniteValues", () => {
  it("merges the chunks' sorted runs into sortFinite's bits, non-finite values left out", () => {
    const values = series(10_000, 3, 17);
    expect(bits(sortedFiniteValues(valueRuns(values, 4096), values))).toEqual(bits(sortFinite(values)));
  });

  it("sorts all values itself when the runs do not tile them (a missing chunk, or an early stop inside one)", () => {
    const values = series(10_000, 5, 13);
    const runs = valueRuns(values, 4096);
    expect(bits(sortedFiniteValues(runs.slice(1), values))).toEqual(bits(sortFinite(values)));
    const stopped = values.subarray(0, 5000);
    expect(bits(sortedFiniteValues(runs, stopped))).toEqual(bits(sortFinite(stopped)));
  });
});
