/**
 * The full cash-flow table: one row per period with every line, plus the scenario metrics. Built by
 * the same evaluator the Monte Carlo runner uses (with no override), so the two agree exactly.
 * Values are float64 in the scenario currency; round to cents only for display.
 */
import { bindOverrides } from "./bind-overrides";
import { compileModel } from "./compile";
import type { CompiledModel } from "./compiled-model";
import { evaluateModel } from "./evaluate";
import { computeModelMetrics, type ModelMetrics } from "./metrics";
import { buildProductTables, type ProductTables } from "./product-table";
import { createScratch, type EvaluationScratch } from "./scratch";

export type CashFlowRow = {
  period: number;
  year: number;
  phase: "construction" | "production";
  oreMinedT: number;
  wasteMinedT: number;
  oreProcessedT: number;
  /** The primary's, in its grade unit. */
  headGrade: number;
  /** The primary's, in its price unit (lb, oz, t, kg, g); other products' metal is in `products`. */
  metalRecoveredUnits: number;
  payableMetalUnits: number;
  concentrateDmt: number;
  grossRevenue: number;
  premiums: number;
  treatmentCharges: number;
  refiningCharges: number;
  penalties: number;
  netSmelterReturn: number;
  royalties: number;
  /** Opex items by their category (excludes consumption and equipment). */
  opexByCategory: Record<string, number>;
  consumptionCost: number;
  equipmentOperatingCost: number;
  /** All operating cost: opex items + consumption + equipment operation. */
  operatingCost: number;
  capexInitial: number;
  capexSustaining: number;
  capexReplacement: number;
  capexClosure: number;
  salvage: number;
  depreciation: number;
  taxableIncome: number;
  lossCarriedForward: number;
  incomeTax: number;
  workingCapital: number;
  workingCapitalChange: number;
  preTaxCashFlow: number;
  afterTaxCashFlow: number;
  cumulativeCashFlow: number;
  discountFactor: number;
  discountedCashFlow: number;
  cumulativeDiscountedCashFlow: number;
};

/**
 * `priceUnit`/`gradeUnit` are the primary's. With co- or by-products the rows hold the totals and `products` /
 * `primaryEquivalentUnits` (product-table.ts) are present; a single-product table has neither key.
 */
export type CashFlowTable = { currency: string; priceUnit: string; gradeUnit: string; rows: CashFlowRow[]; metrics: ModelMetrics } & Partial<ProductTables>;

/**
 * Validates, compiles and evaluates a scenario.
 * @param inputs - scenario model inputs (untrusted)
 * @returns the table and its metrics
 * @throws {ScenarioModelValidationError} on invalid inputs
 * @example computeCashFlowTable(inputs).metrics.npv
 */
export function computeCashFlowTable(inputs: unknown): CashFlowTable {
  return buildCashFlowTable(compileModel(inputs));
}

/** As {@link computeCashFlowTable} for an already compiled model. */
export function buildCashFlowTable(model: CompiledModel): CashFlowTable {
  const scratch = createScratch(model);
  evaluateModel(model, bindOverrides(model, []), new Float64Array(0), scratch);
  const rows: CashFlowRow[] = [];
  let cumulative = 0;
  let cumulativeDiscounted = 0;
  for (let t = 0; t < model.periodCount; t++) {
    const afterTax = scratch.afterTaxCashFlow[t] ?? 0;
    const factor = scratch.discountFactor[t] ?? 0;
    cumulative += afterTax;
    cumulativeDiscounted += afterTax * factor;
    rows.push({ ...readRow(model, scratch, t), cumulativeCashFlow: cumulative, discountFactor: factor, discountedCashFlow: afterTax * factor, cumulativeDiscountedCashFlow: cumulativeDiscounted });
  }
  const { currency, commodity } = model.inputs;
  const table: CashFlowTable = { currency, priceUnit: commodity.priceUnit, gradeUnit: commodity.gradeUnit, rows, metrics: computeModelMetrics(model, scratch) };
  const productTables = buildProductTables(model, scratch);
  return productTables ? { ...table, ...productTables } : table;
}

type RowCore = Omit<CashFlowRow, "cumulativeCashFlow" | "discountFactor" | "discountedCashFlow" | "cumulativeDiscountedCashFlow">;

function readRow(model: CompiledModel, s: EvaluationScratch, t: number): RowCore {
  const at = (line: Float64Array): number => line[t] ?? 0;
  const costs = splitOperatingCost(model, at(s.oreProcessedT), t);
  return {
    period: t,
    year: model.inputs.timeline.startYear + t,
    phase: t < model.firstProductionPeriod ? "construction" : "production",
    oreMinedT: at(model.oreMinedT),
    wasteMinedT: at(model.wasteMinedT),
    oreProcessedT: at(s.oreProcessedT),
    headGrade: at(model.headGrade),
    metalRecoveredUnits: at(s.metalRecoveredUnits),
    payableMetalUnits: at(s.payableMetalUnits),
    concentrateDmt: at(s.concentrateDmt),
    grossRevenue: at(s.grossRevenue),
    premiums: at(s.premiums),
    treatmentCharges: at(s.treatmentCharges),
    refiningCharges: at(s.refiningCharges),
    penalties: at(s.penalties),
    netSmelterReturn: at(s.netSmelterReturn),
    royalties: at(s.royalties),
    ...costs,
    operatingCost: at(s.operatingCost),
    capexInitial: at(s.capex.initial),
    capexSustaining: at(s.capex.sustaining),
    capexReplacement: at(s.capex.replacement),
    capexClosure: at(s.capex.closure),
    salvage: at(s.salvage),
    depreciation: at(s.depreciation),
    taxableIncome: at(s.taxableIncome),
    lossCarriedForward: at(s.lossCarriedForward),
    incomeTax: at(s.incomeTax),
    workingCapital: at(s.workingCapital),
    workingCapitalChange: at(s.workingCapitalChange),
    preTaxCashFlow: at(s.preTaxCashFlow),
    afterTaxCashFlow: at(s.afterTaxCashFlow),
  };
}

/** Operating cost of period t by opex category, consumption and equipment (base inputs, no overrides). */
function splitOperatingCost(model: CompiledModel, oreT: number, t: number): Pick<CashFlowRow, "opexByCategory" | "consumptionCost" | "equipmentOperatingCost"> {
  const opexByCategory: Record<string, number> = {};
  let consumptionCost = 0;
  let equipmentOperatingCost = 0;
  for (const line of model.costLines) {
    const cost = line.baseUnitPrice * ((line.unitFixed[t] ?? 0) + (line.unitPerTonne[t] ?? 0) * oreT);
    if (line.source === "opex") opexByCategory[line.category] = (opexByCategory[line.category] ?? 0) + cost;
    else if (line.source === "consumption") consumptionCost += cost;
    else equipmentOperatingCost += cost;
  }
  return { opexByCategory, consumptionCost, equipmentOperatingCost };
}
