import { describe, expect, it } from "vitest";
import { createStream, fillUniform } from "../random";
import { sortFloat64 } from "./radix-sort";
import { argsort } from "./ranks";

/** The order argsort promises: ascending by value (−0 equal to +0), equal values in index order, NaN last. */
function referenceOrder(values: ArrayLike<number>): number[] {
  const idx = Array.from({ length: values.length }, (_, i) => i);
  const key = (i: number): number => values[i] ?? Number.NaN;
  return idx.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
}

function uniforms(seed: number, n: number): Float64Array {
  const u = new Float64Array(n);
  fillUniform(createStream({ seed, stream: 1, substream: 0 }), u, 0, n);
  return u;
}

describe("argsort on large inputs (radix path)", () => {
  it("orders continuous values of both signs and many magnitudes like a stable comparison sort", () => {
    const u = uniforms(1, 5000);
    const values = u.map((x, i) => (x - 0.5) * 10 ** ((i % 40) - 20));
    expect(Array.from(argsort(values))).toEqual(referenceOrder(values));
  });

  it("keeps ties in index order, treats −0 as +0, puts ±Infinity at the ends and NaN last in index order", () => {
    const u = uniforms(2, 4096);
    const special = [0, -0, Infinity, -Infinity, Number.NaN, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE];
    const values = u.map((x, i) => (i % 3 === 0 ? (special[i % special.length] ?? 0) : Math.round(x * 20) - 10));
    const order = argsort(values);
    expect(Array.from(order)).toEqual(referenceOrder(values));
    const firstZero = order.findIndex((i) => values[i] === 0);
    const zeros = Array.from(order.subarray(firstZero)).filter((i) => values[i] === 0);
    expect(zeros).toEqual([...zeros].sort((a, b) => a - b));
  });

  it("sorts integers (where most radix passes are skipped) and a constant column", () => {
    const ints = uniforms(3, 20_000).map((x) => Math.floor(x * 1000));
    expect(Array.from(argsort(ints))).toEqual(referenceOrder(ints));
    const constant = new Float64Array(300).fill(7.5);
    expect(Array.from(argsort(constant))).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it("gives the same order into a caller's buffer, call after call", () => {
    const into = new Uint32Array(1000);
    for (const seed of [4, 5, 6]) {
      const values = uniforms(seed, 1000);
      expect(Array.from(argsort(values, into))).toEqual(referenceOrder(values));
    }
  });
});

/** The bytes of a Float64Array, so −0 and +0 (and NaN payloads aside, every value) compare exactly. */
const bitsOf = (a: Float64Array): number[] => Array.from(new Uint32Array(a.slice().buffer));

describe("sortFloat64", () => {
  it("gives Float64Array.prototype.sort's exact bits: −0 before +0, ±Infinity at the ends, NaN last", () => {
    const u = uniforms(7, 5000);
    const special = [0, -0, Infinity, -Infinity, Number.NaN, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE];
    const values = u.map((x, i) => (i % 5 === 0 ? (special[i % special.length] ?? 0) : (x - 0.3) * 10 ** ((i % 30) - 15)));
    const expected = values.slice().sort();
    expect(bitsOf(sortFloat64(values.slice()))).toEqual(bitsOf(expected));
  });

  it("sorts short arrays, integers and sorted input the same way", () => {
    for (const n of [0, 1, 255, 256, 4096]) {
      const ints = uniforms(n + 1, n).map((x) => Math.floor(x * 50) - 25);
      expect(bitsOf(sortFloat64(ints.slice()))).toEqual(bitsOf(ints.slice().sort()));
      const ascending = ints.slice().sort();
      expect(bitsOf(sortFloat64(ascending.slice()))).toEqual(bitsOf(ascending));
    }
  });
});
