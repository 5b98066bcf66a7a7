import { describe, expect, it } from "vitest";
import { createStream, fillNormal, fillUniform } from "../random";
import { convergence, convergencePointOfSorted } from "./convergence";
import { sortFinite } from "./percentiles";
import { pearson } from "./ranks";
import { correlationMatrix } from "./sensitivity";
import { addToSummary, createSummary } from "./summary";

function normals(seed: number, n: number): Float64Array {
  const out = new Float64Array(n);
  fillNormal(createStream({ seed, stream: 3, substream: 0 }), out, 0, n);
  return out;
}

describe("summary fast paths give the bits of the plain computation", () => {
  it("the last convergence point read from the sorted values equals convergence()'s, NaN and ties included", () => {
    for (const n of [1, 2, 99, 10_000]) {
      const values = normals(n, n).map((x, i) => (i % 97 === 5 ? Number.NaN : Math.round(x * 100) / 10));
      const summary = createSummary();
      addToSummary(summary, values, 0, n);
      expect(convergencePointOfSorted(n, summary, sortFinite(values))).toEqual(convergence(values, [n])[0]);
    }
  });

  it("every entry of the correlation matrix (four pairs per pass) is pearson's number for that pair", () => {
    const columns = Array.from({ length: 11 }, (_, k) => {
      const u = new Float64Array(3000);
      fillUniform(createStream({ seed: 9, stream: k, substream: 0 }), u, 0, u.length);
      return k % 2 === 0 ? u : u.map((x, i) => x + 0.3 * (normals(k, 3000)[i] ?? 0));
    });
    const matrix = correlationMatrix(columns);
    for (let a = 0; a < columns.length; a++) {
      for (let b = 0; b < columns.length; b++) {
        const expected = a === b ? 1 : pearson(columns[a] ?? new Float64Array(0), columns[b] ?? new Float64Array(0));
        expect(Object.is(matrix[a]?.[b], expected)).toBe(true);
      }
    }
  });
});
