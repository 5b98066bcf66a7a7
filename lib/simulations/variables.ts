import type { ParameterCorrelation, ProcessParameter } from "@/db/schema";
import type { DistributionSpec } from "@/lib/engine/distributions";
import type { ModelTarget } from "@/lib/engine/model";
import type { MonteCarloVariable, VariableCorrelation } from "@/lib/engine/monte-carlo";

// Process parameters → the engine's Monte Carlo variables. A variable's id is the parameter's LINEAGE id: stable
// across the scenario tree and across edits, so its random stream (hashStreamName(id)) is too. A parameter
// without a distribution is a `fixed` variable at its base value: it still replaces (absolute) or scales
// (factor) its target in every iteration, as the scenario says. The parameters' distributions were validated
// by the engine's own schema on the way in.

/** Variables in a deterministic order (name, then id), whatever order the rows were read in. */
export function toMonteCarloVariables(parameters: readonly ProcessParameter[]): MonteCarloVariable[] {
  return [...parameters]
    .sort((a, b) => (a.name === b.name ? compare(a.lineageId, b.lineageId) : compare(a.name, b.name)))
    .map((p) => ({
      id: p.lineageId,
      name: p.name,
      distribution: (p.distribution ?? { type: "fixed", value: p.baseValue }) as DistributionSpec,
      override: {
        target: p.target as ModelTarget,
        mode: p.application,
        scope: p.sampling,
        ...(p.targetRef === null ? {} : { ref: p.targetRef }),
      },
    }));
}

/**
 * Rank correlations between stochastic per-iteration variables, pair ordered (a < b) and sorted. A coefficient of 0
 * (a child switching an inherited correlation off) and pairs with a fixed or per-period variable are left out:
 * the engine correlates per-iteration draws only, and a constant has no rank.
 */
export function toVariableCorrelations(
  correlations: readonly ParameterCorrelation[],
  variables: readonly MonteCarloVariable[],
): VariableCorrelation[] {
  const eligible = new Set(
    variables.filter((v) => v.distribution.type !== "fixed" && v.override.scope === "per_iteration").map((v) => v.id),
  );
  return correlations
    .filter((c) => c.coefficient !== 0 && eligible.has(c.parameterALineageId) && eligible.has(c.parameterBLineageId))
    .map((c) => {
      const [a, b] = [c.parameterALineageId, c.parameterBLineageId].sort(compare);
      return { a: a ?? "", b: b ?? "", rho: c.coefficient };
    })
    .sort((x, y) => compare(`${x.a}|${x.b}`, `${y.a}|${y.b}`));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
