/**
 * Exports a prepared run's compiled model, override binding and variables as plain JSON for the
 * NumPy reference implementation (bench/python/mc_numpy.py), so both evaluate the same lines.
 */
import type { BoundLine, CapitalLine, CostLine } from "../lib/engine/model";
import type { PreparedRun } from "../lib/engine/monte-carlo/prepare-run";

const list = (a: Float64Array): number[] => Array.from(a);

function boundLine<L>(b: BoundLine<L>, base: number, arrays: Record<string, number[]>, extra: Record<string, unknown> = {}) {
  return { base, factors: Array.from(b.factorIndices), absolute: b.absoluteIndex, ...arrays, ...extra };
}

/** @example writeFileSync(path, JSON.stringify(exportModel(prepareRun(spec)))) */
export function exportModel(run: PreparedRun) {
  const { model: m, binding: b } = run;
  if (run.columns.some((c) => c.period >= 0)) throw new RangeError("the NumPy reference handles per_iteration variables only");
  return {
    iterations: run.spec.iterations,
    seed: run.spec.seed,
    periodCount: m.periodCount,
    firstProductionPeriod: m.firstProductionPeriod,
    ore: list(m.oreProcessedT),
    grade: list(m.headGrade),
    recoveryPct: list(m.recoveryPct),
    price: list(m.priceReal),
    inflation: list(m.inflationFactor),
    metalUnitsPerTonnePerGrade: m.metalUnitsPerTonnePerGrade,
    tonnesPerMetalUnit: m.tonnesPerMetalUnit,
    payablePct: m.payablePct,
    fxRate: m.fxRate,
    refiningChargePerUnit: m.refiningChargePerUnit,
    premiumPerUnit: m.premiumPerUnit,
    treatmentChargePerDmt: m.treatmentChargePerDmt,
    concentrateGradePct: m.concentrateGradePct,
    penaltyPerDmt: m.penaltyPerDmt,
    nsrRoyaltyPct: m.nsrRoyaltyPct,
    grossRoyaltyPct: m.grossRoyaltyPct,
    royaltyPerUnitProduced: m.royaltyPerUnitProduced,
    minimumRoyaltyPerPeriod: m.minimumRoyaltyPerPeriod,
    restCostFixed: list(b.restCostFixed),
    restCostPerTonne: list(b.restCostPerTonne),
    costLines: b.boundCostLines.map((l: BoundLine<CostLine>) => boundLine(l, l.line.baseUnitPrice, { unitFixed: list(l.line.unitFixed), unitPerTonne: list(l.line.unitPerTonne) })),
    restCapital: { initial: list(b.restCapital.initial), sustaining: list(b.restCapital.sustaining), replacement: list(b.restCapital.replacement), closure: list(b.restCapital.closure) },
    capitalLines: b.boundCapitalLines.map((l: BoundLine<CapitalLine>) => boundLine(l, l.line.baseAmount, { unit: list(l.line.unitAmounts) }, { kind: l.line.kind })),
    salvage: list(m.salvage),
    discountRatePct: m.discountRatePct,
    midPeriod: m.discounting === "mid",
    irrMinRate: m.irrMinRate,
    taxRatePct: m.taxRatePct,
    depreciationLifeYears: m.depreciation.method === "straight_line" ? m.depreciation.lifeYears : null,
    lossCarryForward: m.lossCarryForward,
    receivableDays: m.receivableDays,
    payableDays: m.payableDays,
    scalarIndex: b.scalarIndex,
    isAbsolute: Array.from(b.isAbsolute),
    variables: run.distributions.map((d) => d.resolved),
    correlation: run.correlation ?? null,
  };
}
