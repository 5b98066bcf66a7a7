/**
 * Correlation-matrix checks and repair. A valid rank-correlation matrix is square, symmetric, has a
 * unit diagonal, entries in [−1, 1], and is positive semi-definite. A matrix that is only "not PSD"
 * (typical for hand-entered pairwise correlations) is repaired to the nearest correlation matrix in
 * the Frobenius norm by Higham's alternating projections with Dykstra's correction
 * (N. J. Higham, "Computing the nearest correlation matrix — a problem from finance",
 * IMA J. Numer. Anal. 22(3), 2002), unless `strict` asks to refuse.
 */
import { cholesky, composeEigen, symmetricEigen, type Matrix } from "./matrix";

export type CorrelationIssue = { rule: "square" | "symmetric" | "unit-diagonal" | "range" | "not-psd"; message: string };

/** Thrown for an invalid correlation matrix, or a non-PSD one in strict mode. */
export class CorrelationError extends Error {
  readonly code = "INVALID_CORRELATION";
  readonly rule: CorrelationIssue["rule"];
  constructor(issue: CorrelationIssue) {
    super(issue.message);
    this.name = "CorrelationError";
    this.rule = issue.rule;
  }
}

/** One pair changed by the repair. */
export type CorrelationWarning = { i: number; j: number; from: number; to: number; change: number };

const SYMMETRY_TOLERANCE = 1e-12;

/**
 * Structural issues (everything except PSD): empty when the matrix may be used or repaired.
 * @example
 * checkCorrelationMatrix([[1, 2], [2, 1]]); // [{ rule: "range", … }]
 */
export function checkCorrelationMatrix(c: Matrix): CorrelationIssue[] {
  const n = c.length;
  const issues: CorrelationIssue[] = [];
  if (c.some((row) => row.length !== n)) return [{ rule: "square", message: `matrix must be ${n}×${n}` }];
  for (let i = 0; i < n; i++) {
    const cii = c[i]?.[i] ?? Number.NaN;
    if (Math.abs(cii - 1) > SYMMETRY_TOLERANCE) issues.push({ rule: "unit-diagonal", message: `entry (${i}, ${i}) must be 1, got ${cii}` });
    for (let j = i + 1; j < n; j++) {
      const cij = c[i]?.[j] ?? Number.NaN;
      const cji = c[j]?.[i] ?? Number.NaN;
      if (!(Math.abs(cij - cji) <= SYMMETRY_TOLERANCE)) issues.push({ rule: "symmetric", message: `entries (${i}, ${j}) and (${j}, ${i}) differ` });
      if (!(cij >= -1 && cij <= 1)) issues.push({ rule: "range", message: `entry (${i}, ${j}) = ${cij} is outside [-1, 1]` });
    }
  }
  return issues;
}

/**
 * True when the matrix is positive semi-definite (Cholesky with a 1e-12 pivot tolerance).
 * @example
 * isPositiveSemiDefinite([[1, 0.9, 0], [0.9, 1, 0.9], [0, 0.9, 1]]); // false
 */
export function isPositiveSemiDefinite(c: Matrix): boolean {
  return cholesky(c) !== null;
}

function projectPsd(a: Matrix, floor: number): Matrix {
  const { values, vectors } = symmetricEigen(a);
  return composeEigen(values.map((v) => Math.max(v, floor)), vectors);
}

function projectUnitDiagonal(a: Matrix): Matrix {
  return a.map((row, i) => row.map((v, j) => (i === j ? 1 : v)));
}

function frobeniusDistance(a: Matrix, b: Matrix): number {
  let sum = 0;
  a.forEach((row, i) => row.forEach((v, j) => (sum += (v - (b[i]?.[j] ?? 0)) ** 2)));
  return Math.sqrt(sum);
}

/**
 * Nearest correlation matrix by Higham's alternating projections (tolerance 1e-10, at most 1000
 * iterations), then eigenvalues floored at `eigenFloor` and rescaled to a unit diagonal so the
 * result passes Cholesky.
 * @example
 * nearestCorrelation([[1, 1, 0], [1, 1, 1], [0, 1, 1]]); // ≈ [[1, .7607, .1573], [.7607, 1, .7607], [.1573, .7607, 1]]
 */
export function nearestCorrelation(a: Matrix, eigenFloor = 1e-10): Matrix {
  let y = a.map((row) => [...row]);
  let correction = a.map((row) => row.map(() => 0));
  for (let k = 0; k < 1000; k++) {
    const r = y.map((row, i) => row.map((v, j) => v - (correction[i]?.[j] ?? 0)));
    const x = projectPsd(r, 0);
    correction = x.map((row, i) => row.map((v, j) => v - (r[i]?.[j] ?? 0)));
    const next = projectUnitDiagonal(x);
    const change = frobeniusDistance(next, y) / Math.max(1, frobeniusDistance(next, next.map((row) => row.map(() => 0))));
    y = next;
    if (change < 1e-10) break;
  }
  const floored = projectPsd(y, eigenFloor);
  const scale = floored.map((row, i) => 1 / Math.sqrt(row[i] ?? 1));
  return floored.map((row, i) => row.map((v, j) => (i === j ? 1 : v * (scale[i] ?? 1) * (scale[j] ?? 1))));
}

/**
 * Validates a target correlation matrix and repairs it when it is not PSD.
 * @throws {CorrelationError} for structural issues, or rule "not-psd" when `strict` is set.
 * @example
 * const { matrix, warnings } = prepareCorrelation(userMatrix, { strict: false });
 */
export function prepareCorrelation(c: Matrix, options: { strict?: boolean } = {}): { matrix: Matrix; warnings: CorrelationWarning[] } {
  const [issue] = checkCorrelationMatrix(c);
  if (issue) throw new CorrelationError(issue);
  if (isPositiveSemiDefinite(c)) return { matrix: c.map((row) => [...row]), warnings: [] };
  if (options.strict) {
    throw new CorrelationError({ rule: "not-psd", message: "correlation matrix is not positive semi-definite" });
  }
  const repaired = nearestCorrelation(c);
  const warnings: CorrelationWarning[] = [];
  for (let i = 0; i < c.length; i++) {
    for (let j = i + 1; j < c.length; j++) {
      const from = c[i]?.[j] ?? 0;
      const to = repaired[i]?.[j] ?? 0;
      if (Math.abs(to - from) > 1e-6) warnings.push({ i, j, from, to, change: to - from });
    }
  }
  return { matrix: repaired, warnings };
}
