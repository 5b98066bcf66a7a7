/**
 * The standard model's constants for the hand kernel (standard-kernel.ts), taken from the same export the NumPy
 * reference reads (bench/export-model.ts), with the kernel's assumptions checked: it is written for this model's
 * shape (which inputs vary and how), not for every scenario the engine can express.
 */
import type { exportModel } from "../export-model";

export type ExportedModel = ReturnType<typeof exportModel>;
type Line = { base: number; factors: number[]; absolute: number };
type CostLine = Line & { unitFixed: number[]; unitPerTonne: number[] };
type CapitalLine = Line & { unit: number[]; kind: string };
export type KernelLine = { kind: "opex" | "depreciable" | "closure"; fixed: Float64Array; perTonne: Float64Array; multiplier: (x: Float64Array) => number };

function scalar(model: ExportedModel, index: number, base: number): (x: Float64Array) => number {
  if (index < 0) return () => base;
  return model.isAbsolute[index] ? (x) => (x[index] ?? 0) : (x) => base * (x[index] ?? 0);
}

function lineMultiplier(model: ExportedModel, line: Pick<Line, "absolute" | "base" | "factors">): (x: Float64Array) => number {
  const base = scalar(model, line.absolute, line.base);
  const factors = line.factors;
  return (x) => {
    let m = base(x);
    for (const f of factors) m *= x[f] ?? 0;
    return m;
  };
}

function factorIndex(model: ExportedModel, name: string): number {
  const index = (model.scalarIndex as Record<string, number>)[name] ?? -1;
  if (index >= 0 && model.isAbsolute[index]) throw new RangeError(`the kernel takes ${name} as a factor`);
  return index;
}

function requireFixed(model: ExportedModel, names: string[]): void {
  for (const name of names) if (((model.scalarIndex as Record<string, number>)[name] ?? -1) >= 0) throw new RangeError(`the kernel does not vary ${name}`);
}

export function compileKernelModel(model: ExportedModel) {
  requireFixed(model, ["tax_rate", "discount_rate"]);
  const priceIndex = (model.scalarIndex as Record<string, number>).price ?? -1;
  if (priceIndex < 0 || !model.isAbsolute[priceIndex]) throw new RangeError("the kernel takes the price as an absolute draw");
  if (!model.lossCarryForward || model.depreciationLifeYears === null) throw new RangeError("the kernel assumes loss carry-forward and straight-line depreciation");
  const periods = model.periodCount;
  const f64 = (values: number[]) => Float64Array.from(values);
  const zeros = new Float64Array(periods);
  const lines: KernelLine[] = [
    ...(model.costLines as CostLine[]).map((l) => ({ kind: "opex" as const, fixed: f64(l.unitFixed), perTonne: f64(l.unitPerTonne), multiplier: lineMultiplier(model, l) })),
    ...(model.capitalLines as CapitalLine[]).map((l) => ({ kind: l.kind === "closure" ? ("closure" as const) : ("depreciable" as const), fixed: f64(l.unit), perTonne: zeros, multiplier: lineMultiplier(model, l) })),
  ];
  const rest = model.restCapital;
  const rate = model.discountRatePct / 100;
  const life = model.depreciationLifeYears;
  const first = model.firstProductionPeriod;
  return {
    periods, first, lines, multipliers: new Float64Array(lines.length), depreciation: new Float64Array(periods),
    ore: f64(model.ore), grade: f64(model.grade), recoveryPct: f64(model.recoveryPct), inflation: f64(model.inflation), salvage: f64(model.salvage),
    oreIndex: factorIndex(model, "ore_processed"), gradeIndex: factorIndex(model, "head_grade"), recoveryIndex: factorIndex(model, "recovery"), priceIndex,
    payable: scalar(model, factorIndexOrAbsolute(model, "payable"), model.payablePct), fx: scalar(model, factorIndexOrAbsolute(model, "fx_rate"), model.fxRate),
    refining: scalar(model, factorIndexOrAbsolute(model, "refining_charge"), model.refiningChargePerUnit),
    treatment: scalar(model, factorIndexOrAbsolute(model, "treatment_charge"), model.treatmentChargePerDmt),
    nsrRate: scalar(model, factorIndexOrAbsolute(model, "nsr_royalty_rate"), model.nsrRoyaltyPct),
    premium: model.premiumPerUnit, penalty: model.penaltyPerDmt, taxRate: model.taxRatePct,
    metalPerTonneGrade: model.metalUnitsPerTonnePerGrade,
    dmtPerUnit: model.concentrateGradePct > 0 ? model.tonnesPerMetalUnit / (model.concentrateGradePct / 100) : 0,
    grossPct: model.grossRoyaltyPct / 100, perUnit: model.royaltyPerUnitProduced, minimumRoyalty: model.minimumRoyaltyPerPeriod,
    restFixed: f64(model.restCostFixed), restPerTonne: f64(model.restCostPerTonne),
    restDepreciable: f64(rest.initial.map((v, t) => v + (rest.sustaining[t] ?? 0) + (rest.replacement[t] ?? 0))), restClosure: f64(rest.closure),
    receivableShare: model.receivableDays / 365, payableShare: model.payableDays / 365,
    discount: f64(Array.from({ length: periods }, (_, t) => Math.pow(1 + rate, -t) * (model.midPeriod ? Math.sqrt(1 + rate) : 1))),
    /** Straight line over `life` years from the later of `spent` and first production; the rest in the last period. */
    spreadDepreciation(spent: number, amount: number, into: Float64Array): void {
      const start = Math.max(spent, first);
      const end = Math.min(start + life, periods);
      for (let t = start; t < end; t++) into[t] = (into[t] ?? 0) + amount / life;
      into[periods - 1] = (into[periods - 1] ?? 0) + (amount * (start + life - end)) / life;
    },
  };
}

function factorIndexOrAbsolute(model: ExportedModel, name: string): number {
  return (model.scalarIndex as Record<string, number>)[name] ?? -1;
}

export type KernelModel = ReturnType<typeof compileKernelModel>;
