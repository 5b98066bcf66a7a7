/** The compiled (pre-processed) model: everything that does not depend on sampled variables. */
import type { DiscountTiming, ResolvedConvention, ValuationDate } from "../finance";
import type { ScenarioModelInputs } from "./schema";
import type { CapexCategory } from "./schema-items";
import type { ProductRole } from "./schema-products";
import type { GradeUnit, PriceUnit } from "./units";

export type CostSource = "opex" | "consumption" | "equipment";

/**
 * One operating-cost line. Its cost in period t, scenario currency, is
 *   unitPrice x (unitFixed[t] + unitPerTonne[t] x oreProcessedT[t])
 * where the unit arrays already hold quantity, driver, frequency, escalation and inflation.
 */
export type CostLine = {
  id: string;
  source: CostSource;
  /** Opex category, consumption resource type, or "equipment". */
  category: string;
  baseUnitPrice: number;
  unitFixed: Float64Array;
  unitPerTonne: Float64Array;
};

export type CapitalKind = "initial" | "sustaining" | "replacement" | "closure";

/** One capital line: amount in period t = baseAmount x unitAmounts[t] (contingency and inflation included). */
export type CapitalLine = {
  id: string;
  category: CapexCategory;
  kind: CapitalKind;
  baseAmount: number;
  unitAmounts: Float64Array;
  /** The scenario's closure provision (closure.closureCost), the `closure_cost` target. */
  isClosureProvision: boolean;
};

/**
 * A co- or by-product (`inputs.products`): the primary's revenue fields, per product. Metal in its own price unit;
 * money in the primary's price currency (converted by the shared fx rate).
 */
export type CompiledProduct = {
  name: string;
  role: ProductRole;
  gradeUnit: GradeUnit;
  priceUnit: PriceUnit;
  /** Per project period (length N, zero during construction), in `gradeUnit`. */
  headGrade: Float64Array;
  recoveryPct: Float64Array;
  /** Price currency per price unit, real terms. */
  priceReal: Float64Array;
  metalUnitsPerTonnePerGrade: number;
  tonnesPerMetalUnit: number;
  payablePct: number;
  refiningChargePerUnit: number;
  premiumPerUnit: number;
  treatmentChargePerDmt: number;
  /** 0 when the product pays no treatment charge of its own. */
  concentrateGradePct: number;
  penaltyPerDmt: number;
};

export type CompiledModel = {
  inputs: ScenarioModelInputs;
  /** N = construction + production periods. */
  periodCount: number;
  firstProductionPeriod: number;
  /** Per project period (length N, zero during construction). */
  oreMinedT: Float64Array;
  wasteMinedT: Float64Array;
  oreProcessedT: Float64Array;
  headGrade: Float64Array;
  recoveryPct: Float64Array;
  /** Price currency per price unit, real terms. */
  priceReal: Float64Array;
  /** (1 + inflation)^t in nominal terms, 1 in real terms. */
  inflationFactor: Float64Array;
  metalUnitsPerTonnePerGrade: number;
  tonnesPerMetalUnit: number;
  payablePct: number;
  fxRate: number;
  refiningChargePerUnit: number;
  premiumPerUnit: number;
  treatmentChargePerDmt: number;
  /** 0 when the product is not a concentrate (no TC, no penalties). */
  concentrateGradePct: number;
  /** Moisture + impurity penalties, price currency per dry tonne of concentrate (real). */
  penaltyPerDmt: number;
  nsrRoyaltyPct: number;
  grossRoyaltyPct: number;
  royaltyPerUnitProduced: number;
  minimumRoyaltyPerPeriod: number;
  /** Co- and by-products besides the primary; [] for a single-product scenario (then evaluated exactly as before). */
  products: CompiledProduct[];
  costLines: CostLine[];
  capitalLines: CapitalLine[];
  /** Salvage proceeds per period (last period only), scenario currency. */
  salvage: Float64Array;
  discountRatePct: number;
  discounting: DiscountTiming;
  /** `economics.valuationDate`, "end_of_period_0" when absent. */
  valuationDate: ValuationDate;
  /** Timing, V (years from the start of period 0 to the valuation date) and period 0's timing, for the finance functions. */
  discountConvention: ResolvedConvention;
  /** s = V − time of period 0's flow: factor_t = (1 + r)^s (1 + r)^-t (one power per rate; 0 by default). */
  valuationShiftYears: number;
  irrMinRate: number;
  taxRatePct: number;
  depreciation: { method: "straight_line"; lifeYears: number } | { method: "units_of_production" };
  lossCarryForward: boolean;
  receivableDays: number;
  payableDays: number;
};
