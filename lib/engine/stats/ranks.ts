/**
 * Ranks and rank correlation. Ties get the average of the ranks they span (1-based), the
 * convention of Spearman's rho and scipy.stats.rankdata(method="average").
 */

/**
 * Indices that sort `values` ascending (stable; NaN last).
 * @example
 * argsort(Float64Array.from([3, 1, 2])); // Uint32Array [1, 2, 0]
 */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const index = new Uint32Array(values.length);
  for (let i = 0; i < index.length; i++) index[i] = i;
  return index.sort((a, b) => {
    const va = values[a] ?? Number.NaN;
    const vb = values[b] ?? Number.NaN;
    if (va < vb) return -1;
    if (va > vb) return 1;
    if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
    return a - b;
  });
}

/**
 * Average ranks (1..n) of the values.
 * @example
 * rankAverage(Float64Array.from([10, 20, 20, 5])); // [2, 3.5, 3.5, 1]
 */
export function rankAverage(values: ArrayLike<number>): Float64Array {
  const order = argsort(values);
  const ranks = new Float64Array(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    const v = values[order[i] ?? 0];
    while (j + 1 < order.length && values[order[j + 1] ?? 0] === v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k] ?? 0] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Pearson correlation of two equally long series (two-pass, mean-centred).
 * @returns NaN when either series is constant
 * @example
 * pearson([1, 2, 3], [2, 4, 7]); // 0.9933992677987828
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman rank correlation: Pearson correlation of average ranks.
 * @example
 * spearman([1, 2, 3, 4], [1, 8, 27, 64]); // 1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(rankAverage(x), rankAverage(y));
}
