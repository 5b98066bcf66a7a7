/**
 * The scalar targets' values per period for one evaluation ("drivers": ore, grade, price, tax rate, ...), resolved
 * from the overrides before the period loops so that those loops read plain arrays, with no branch on how each
 * target is overridden. Untouched targets are filled once per binding; only overridden ones are refreshed per
 * evaluation. Values are exactly what `applyOverride` gives: the base, base x factor, or the absolute value.
 */
import type { CompiledModel } from "./compiled-model";
import type { ModelOverride } from "./targets";

export const DRIVER_TARGETS = ["price", "head_grade", "recovery", "ore_processed", "payable", "fx_rate", "treatment_charge", "refining_charge", "nsr_royalty_rate", "tax_rate"] as const;
export type DriverTarget = (typeof DRIVER_TARGETS)[number];

/** Per target, its value in each project period (length N), in the unit of the base input. */
export type Drivers = Record<DriverTarget, Float64Array>;

type Refresh = { out: Float64Array; base: Float64Array; offset: number; isPerPeriod: boolean; isAbsolute: boolean };

/** The drivers of a binding and the list of those to refresh per evaluation. */
export type DriverSet = { drivers: Drivers; refreshes: Refresh[] };

/** Each target's base input per project period (scalars repeated over every period). */
function baseOf(model: CompiledModel, target: DriverTarget): Float64Array {
  const n = model.periodCount;
  const constant = (value: number): Float64Array => new Float64Array(n).fill(value);
  switch (target) {
    case "price": return model.priceReal;
    case "head_grade": return model.headGrade;
    case "recovery": return model.recoveryPct;
    case "ore_processed": return model.oreProcessedT;
    case "payable": return constant(model.payablePct);
    case "fx_rate": return constant(model.fxRate);
    case "treatment_charge": return constant(model.treatmentChargePerDmt);
    case "refining_charge": return constant(model.refiningChargePerUnit);
    case "nsr_royalty_rate": return constant(model.nsrRoyaltyPct);
    case "tax_rate": return constant(model.taxRatePct);
  }
}

/**
 * Drivers for a binding: untouched targets hold their base now and for good.
 * @param offsets - start of each override's values in the values array (OverrideBinding.offsets)
 */
export function createDriverSet(model: CompiledModel, overrides: readonly ModelOverride[], offsets: Int32Array): DriverSet {
  const refreshes: Refresh[] = [];
  const drivers = Object.fromEntries(DRIVER_TARGETS.map((target) => {
    const base = baseOf(model, target);
    const k = overrides.findIndex((o) => o.target === target);
    const o = overrides[k];
    if (!o) return [target, Float64Array.from(base)];
    const out = new Float64Array(model.periodCount);
    refreshes.push({ out, base, offset: offsets[k] ?? 0, isPerPeriod: o.scope === "per_period", isAbsolute: o.mode === "absolute" });
    return [target, out];
  })) as Drivers;
  return { drivers, refreshes };
}

/** Writes this evaluation's values of the overridden drivers (`values` as evaluateModel takes them). */
export function refreshDrivers(set: DriverSet, values: Float64Array): void {
  const refreshes = set.refreshes;
  for (let r = 0; r < refreshes.length; r++) {
    const refresh = refreshes[r];
    if (refresh) refreshDriver(refresh, values);
  }
}

function refreshDriver({ out, base, offset, isPerPeriod, isAbsolute }: Refresh, values: Float64Array): void {
  const n = out.length;
  if (isPerPeriod) {
    for (let t = 0; t < n; t++) out[t] = isAbsolute ? (values[offset + t] ?? NaN) : (base[t] ?? 0) * (values[offset + t] ?? NaN);
    return;
  }
  const v = values[offset] ?? NaN;
  if (isAbsolute) out.fill(v);
  else for (let t = 0; t < n; t++) out[t] = (base[t] ?? 0) * v;
}
