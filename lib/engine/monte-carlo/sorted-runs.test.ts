import { describe, expect, it } from "vitest";
import { rankAverage, sortFinite } from "../stats";
import { sampleOrders } from "./partials";
import { sampleRanks, sortedFiniteValues, type OrderRun, type ValueRun } from "./sorted-runs";

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

function orderRuns(inputs: readonly Float64Array[], npv: Float64Array, size: number): OrderRun[] {
  const runs: OrderRun[] = [];
  for (let start = 0; start < npv.length; start += size) {
    const rows = Math.min(size, npv.length - start);
    const part = (a: Float64Array): Float64Array => a.slice(start, start + rows);
    runs.push({ start, rows, orders: sampleOrders(inputs.map(part), part(npv)) });
  }
  return runs;
}

function finiteRowsOf(columns: readonly Float64Array[], npv: Float64Array): Float64Array[] {
  const keep = Array.from(npv.keys()).filter((i) => Number.isFinite(npv[i]));
  return columns.map((column) => Float64Array.from(keep, (i) => column[i] ?? Number.NaN));
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

describe("sampleRanks", () => {
  const npv = series(9000, 9, 11); // NaN and −Infinity rows are dropped before ranking
  const inputs = [series(9000, 21), series(9000, 22, 7)]; // the second input has NaN rows of its own
  const expected = finiteRowsOf([...inputs, npv], npv).map((column) => bits(rankAverage(column)));

  it("ranks every column as rankAverage of the kept rows, ties and NaN included", () => {
    const columns = finiteRowsOf([...inputs, npv], npv);
    expect(sampleRanks(orderRuns(inputs, npv, 4096), npv, columns).map(bits)).toEqual(expected);
  });

  it("drops rows past the sample's end (an early stop inside a chunk)", () => {
    const rows = 5000;
    const cut = (a: Float64Array): Float64Array => a.subarray(0, rows);
    const columns = finiteRowsOf([...inputs, npv].map(cut), cut(npv));
    const ranks = sampleRanks(orderRuns(inputs, npv, 4096), cut(npv), columns);
    expect(ranks.map(bits)).toEqual(columns.map((column) => bits(rankAverage(column))));
  });

  it("falls back to sorting when a chunk's orders are missing", () => {
    const columns = finiteRowsOf([...inputs, npv], npv);
    expect(sampleRanks(orderRuns(inputs, npv, 4096).slice(1), npv, columns).map(bits)).toEqual(expected);
  });
});
