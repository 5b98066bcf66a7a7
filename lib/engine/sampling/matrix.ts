/**
 * Small dense symmetric-matrix helpers (row-major number[][]), sized for correlation matrices of
 * tens of variables: Cholesky factorisation and the cyclic Jacobi eigen-decomposition.
 */

export type Matrix = number[][];

/** n×n identity. */
export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function at(m: Matrix, i: number, j: number): number {
  return m[i]?.[j] ?? Number.NaN;
}

/**
 * Lower-triangular L with A = L·Lᵀ, or null when A is not positive semi-definite.
 * Pivots within `tolerance` of zero are set to zero (semi-definite input, e.g. a ±1 correlation).
 * @example
 * cholesky([[4, 2], [2, 3]]); // [[2, 0], [1, 1.4142135623730951]]
 */
export function cholesky(a: Matrix, tolerance = 1e-12): Matrix | null {
  const n = a.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const lj = l[j] ?? [];
    let diag = at(a, j, j);
    for (let k = 0; k < j; k++) diag -= (lj[k] ?? 0) ** 2;
    if (diag < -tolerance || Number.isNaN(diag)) return null;
    const pivot = diag <= tolerance ? 0 : Math.sqrt(diag);
    lj[j] = pivot;
    for (let i = j + 1; i < n; i++) {
      const li = l[i] ?? [];
      let sum = at(a, i, j);
      for (let k = 0; k < j; k++) sum -= (li[k] ?? 0) * (lj[k] ?? 0);
      if (pivot === 0) {
        if (Math.abs(sum) > Math.sqrt(tolerance)) return null;
        li[j] = 0;
      } else li[j] = sum / pivot;
    }
  }
  return l;
}

/**
 * Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix by cyclic Jacobi
 * rotations (Golub & Van Loan §8.5), accurate to a few ulps for small matrices.
 * @example
 * symmetricEigen([[2, 1], [1, 2]]).values; // [1, 3] (unordered)
 */
export function symmetricEigen(a: Matrix): { values: number[]; vectors: Matrix } {
  const n = a.length;
  const m = a.map((row) => [...row]);
  const v = identity(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(m, i, j) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) rotate(m, v, p, q);
  }
  return { values: m.map((row, i) => row[i] ?? Number.NaN), vectors: v };
}

function rotate(m: Matrix, v: Matrix, p: number, q: number): void {
  const apq = at(m, p, q);
  if (apq === 0) return;
  const theta = (at(m, q, q) - at(m, p, p)) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (const row of m) {
    const rp = row[p] ?? 0;
    const rq = row[q] ?? 0;
    row[p] = c * rp - s * rq;
    row[q] = s * rp + c * rq;
  }
  const mp = m[p] ?? [];
  const mq = m[q] ?? [];
  for (let k = 0; k < m.length; k++) {
    const pk = mp[k] ?? 0;
    const qk = mq[k] ?? 0;
    mp[k] = c * pk - s * qk;
    mq[k] = s * pk + c * qk;
  }
  for (const row of v) {
    const vp = row[p] ?? 0;
    const vq = row[q] ?? 0;
    row[p] = c * vp - s * vq;
    row[q] = s * vp + c * vq;
  }
}

/** V·diag(values)·Vᵀ. */
export function composeEigen(values: readonly number[], vectors: Matrix): Matrix {
  const n = values.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += at(vectors, i, k) * (values[k] ?? 0) * at(vectors, j, k);
      return sum;
    }),
  );
}
