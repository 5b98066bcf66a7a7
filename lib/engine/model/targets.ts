/**
 * What a stochastic variable can drive in the model (the Monte Carlo runner's contract).
 *
 * A `ModelOverride` names a target, how its sampled value is applied (`absolute` replaces the base
 * input, in the unit of that input; `factor` multiplies it) and whether one value serves every period
 * (`per_iteration`) or each period gets its own (`per_period`, indexed by PROJECT period 0..N-1, so
 * values for periods where the target has no effect are ignored).
 */

export const MODEL_TARGETS = [
  "price",
  "head_grade",
  "recovery",
  "ore_processed",
  "payable",
  "fx_rate",
  "treatment_charge",
  "refining_charge",
  "nsr_royalty_rate",
  "opex_total",
  "opex_item",
  "opex_category",
  "consumption_price",
  "capex_total",
  "capex_item",
  "capex_category",
  "closure_cost",
  "discount_rate",
  "tax_rate",
] as const;
export type ModelTarget = (typeof MODEL_TARGETS)[number];

export const OVERRIDE_MODES = ["absolute", "factor"] as const;
export type OverrideMode = (typeof OVERRIDE_MODES)[number];
export const OVERRIDE_SCOPES = ["per_iteration", "per_period"] as const;
export type OverrideScope = (typeof OVERRIDE_SCOPES)[number];

export type ModelOverride = {
  target: ModelTarget;
  mode: OverrideMode;
  scope: OverrideScope;
  /** Required by item/category targets: the item id, opex category, resource type or capex category. */
  ref?: string;
};

export type TargetInfo = {
  /** Unit of an absolute value (factors are dimensionless). */
  absoluteUnit: string | null;
  /** Whether `ref` is required and what it names. */
  ref: "opex_item_id" | "opex_category" | "resource_type" | "capex_item_id" | "capex_category" | null;
  perPeriodAllowed: boolean;
};

/** Per-target rules; `absoluteUnit: null` means only `factor` is allowed. */
export const TARGET_INFO: Record<ModelTarget, TargetInfo> = {
  price: { absoluteUnit: "price currency per price unit (real)", ref: null, perPeriodAllowed: true },
  head_grade: { absoluteUnit: "commodity.gradeUnit", ref: null, perPeriodAllowed: true },
  recovery: { absoluteUnit: "%", ref: null, perPeriodAllowed: true },
  ore_processed: { absoluteUnit: "t per period", ref: null, perPeriodAllowed: true },
  payable: { absoluteUnit: "%", ref: null, perPeriodAllowed: true },
  fx_rate: { absoluteUnit: "scenario currency per price currency", ref: null, perPeriodAllowed: true },
  treatment_charge: { absoluteUnit: "price currency per dmt (real)", ref: null, perPeriodAllowed: true },
  refining_charge: { absoluteUnit: "price currency per payable unit (real)", ref: null, perPeriodAllowed: true },
  nsr_royalty_rate: { absoluteUnit: "%", ref: null, perPeriodAllowed: true },
  opex_total: { absoluteUnit: null, ref: null, perPeriodAllowed: true },
  opex_item: { absoluteUnit: "unit cost, scenario currency (real)", ref: "opex_item_id", perPeriodAllowed: true },
  opex_category: { absoluteUnit: null, ref: "opex_category", perPeriodAllowed: true },
  consumption_price: { absoluteUnit: "unit price, scenario currency (real)", ref: "resource_type", perPeriodAllowed: true },
  capex_total: { absoluteUnit: null, ref: null, perPeriodAllowed: true },
  capex_item: { absoluteUnit: "amount before contingency, scenario currency (real)", ref: "capex_item_id", perPeriodAllowed: true },
  capex_category: { absoluteUnit: null, ref: "capex_category", perPeriodAllowed: true },
  closure_cost: { absoluteUnit: "scenario currency (real)", ref: null, perPeriodAllowed: false },
  discount_rate: { absoluteUnit: "%", ref: null, perPeriodAllowed: false },
  tax_rate: { absoluteUnit: "%", ref: null, perPeriodAllowed: true },
};
