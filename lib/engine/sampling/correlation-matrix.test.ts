import { describe, expect, it } from "vitest";
import { checkCorrelationMatrix, CorrelationError, isPositiveSemiDefinite, nearestCorrelation, prepareCorrelation } from "./correlation-matrix";
import { cholesky, symmetricEigen } from "./matrix";

describe("cholesky and eigen", () => {
  it("factors a PD matrix and reconstructs it", () => {
    const l = cholesky([[4, 2], [2, 3]]);
    expect(l).toEqual([[2, 0], [1, Math.SQRT2]]);
  });

  it("accepts a semi-definite ±1 correlation and refuses an indefinite one", () => {
    expect(cholesky([[1, 1], [1, 1]])).not.toBeNull();
    expect(cholesky([[1, 0.9, 0], [0.9, 1, 0.9], [0, 0.9, 1]])).toBeNull();
  });

  it("finds eigenvalues of a symmetric matrix", () => {
    const values = symmetricEigen([[2, 1, 0], [1, 2, 1], [0, 1, 2]]).values.sort((a, b) => a - b);
    [2 - Math.SQRT2, 2, 2 + Math.SQRT2].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
  });
});

describe("correlation matrix checks", () => {
  it("reports each structural rule", () => {
    expect(checkCorrelationMatrix([[1, 0.5]]).map((i) => i.rule)).toEqual(["square"]);
    expect(checkCorrelationMatrix([[1, 0.5], [0.4, 1]]).map((i) => i.rule)).toEqual(["symmetric"]);
    expect(checkCorrelationMatrix([[2, 0.5], [0.5, 1]]).map((i) => i.rule)).toEqual(["unit-diagonal"]);
    expect(checkCorrelationMatrix([[1, 1.5], [1.5, 1]]).map((i) => i.rule)).toEqual(["range"]);
    expect(checkCorrelationMatrix([[1, 0.5], [0.5, 1]])).toEqual([]);
  });

  it("tells PSD from non-PSD", () => {
    expect(isPositiveSemiDefinite([[1, 0.5], [0.5, 1]])).toBe(true);
    expect(isPositiveSemiDefinite([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]])).toBe(false);
  });
});

describe("nearest correlation matrix (Higham 2002)", () => {
  it("reproduces Higham's 3×3 example [[1,1,0],[1,1,1],[0,1,1]]", () => {
    const x = nearestCorrelation([[1, 1, 0], [1, 1, 1], [0, 1, 1]]);
    const expected = [[1, 0.7607, 0.1573], [0.7607, 1, 0.7607], [0.1573, 0.7607, 1]];
    x.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]?.[j] ?? NaN, 4)));
    expect(isPositiveSemiDefinite(x)).toBe(true);
  });

  it("reproduces the 4×4 example of Higham (2002) from tridiag(-1, 2, -1)", () => {
    const a = [[2, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2]];
    const expected = [
      [1, -0.8084, 0.1916, 0.1068],
      [-0.8084, 1, -0.6562, 0.1916],
      [0.1916, -0.6562, 1, -0.8084],
      [0.1068, 0.1916, -0.8084, 1],
    ];
    const x = nearestCorrelation(a);
    x.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]?.[j] ?? NaN, 4)));
  });

  it("repairs a non-PSD input with warnings naming the pairs, or refuses in strict mode", () => {
    const c = [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]];
    const { matrix, warnings } = prepareCorrelation(c);
    expect(isPositiveSemiDefinite(matrix)).toBe(true);
    expect(warnings.map((w) => [w.i, w.j])).toEqual([[0, 1], [0, 2], [1, 2]]);
    warnings.forEach((w) => expect(w.change).toBeCloseTo(w.to - w.from, 15));
    expect(() => prepareCorrelation(c, { strict: true })).toThrow(CorrelationError);
    expect(() => prepareCorrelation(c, { strict: true })).toThrow(expect.objectContaining({ rule: "not-psd" }));
    expect(prepareCorrelation([[1, 0.3], [0.3, 1]]).warnings).toEqual([]);
  });
});
