import { isPositiveSemiDefinite, nearestCorrelation } from "@/lib/engine/sampling";

// The engine's positive semi-definiteness check of a scenario's correlation matrix: a non-PSD matrix is repaired
// (and reported) at run time, so the editor shows what the repair would change before a run.

export type CorrelationPair = { parameterALineageId: string; parameterBLineageId: string; coefficient: number };

export type CorrelationCheck = {
  isPositiveSemiDefinite: boolean;
  repairs: { parameterALineageId: string; parameterBLineageId: string; from: number; to: number }[];
};

/** Builds the matrix over the parameters named by the pairs and reports what the engine's repair would change. */
export function checkMatrix(pairs: readonly CorrelationPair[]): CorrelationCheck {
  const ids = [...new Set(pairs.flatMap((p) => [p.parameterALineageId, p.parameterBLineageId]))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const cellOf = (pair: CorrelationPair) => [index.get(pair.parameterALineageId) ?? 0, index.get(pair.parameterBLineageId) ?? 0] as const;
  const matrix: number[][] = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 0)));
  for (const pair of pairs) {
    const [i, j] = cellOf(pair);
    (matrix[i] ?? [])[j] = pair.coefficient;
    (matrix[j] ?? [])[i] = pair.coefficient;
  }
  if (ids.length === 0 || isPositiveSemiDefinite(matrix)) return { isPositiveSemiDefinite: true, repairs: [] };
  const repaired = nearestCorrelation(matrix);
  const repairs = pairs
    .map((pair) => {
      const [i, j] = cellOf(pair);
      const { parameterALineageId, parameterBLineageId, coefficient } = pair;
      return { parameterALineageId, parameterBLineageId, from: coefficient, to: repaired[i]?.[j] ?? 0 };
    })
    .filter((repair) => Math.abs(repair.to - repair.from) > 1e-6);
  return { isPositiveSemiDefinite: false, repairs };
}
