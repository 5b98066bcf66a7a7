/** Builds the per-period cost and capital lines of a compiled model. */
import type { CapitalLine, CostLine } from "./compiled-model";
import type { ScenarioModelInputs } from "./schema";
import type { ConsumptionItem, OpexItem } from "./schema-items";
import { FREQUENCY_PER_YEAR } from "./units";

type Horizon = { periodCount: number; firstProductionPeriod: number; inflationFactor: Float64Array; oreMinedT: Float64Array; wasteMinedT: Float64Array };

/** (1 + escalation)^(t - start) x inflation factor, for t in [start, end], else 0. */
function buildEscalation(h: Horizon, start: number, end: number, escalationPct: number): Float64Array {
  const out = new Float64Array(h.periodCount);
  for (let t = start; t <= end && t < h.periodCount; t++) {
    out[t] = Math.pow(1 + escalationPct / 100, t - start) * (h.inflationFactor[t] ?? 1);
  }
  return out;
}

function buildOpexLine(item: OpexItem, h: Horizon): CostLine {
  const start = item.startPeriod ?? h.firstProductionPeriod;
  const escalation = buildEscalation(h, start, item.endPeriod ?? h.periodCount - 1, item.escalationPctPerYear);
  const unitFixed = new Float64Array(h.periodCount);
  const unitPerTonne = new Float64Array(h.periodCount);
  for (let t = 0; t < h.periodCount; t++) {
    const scale = item.quantity * (escalation[t] ?? 0);
    if (item.basis === "per_tonne_processed") unitPerTonne[t] = scale;
    else if (item.basis === "per_tonne_mined") unitFixed[t] = scale * ((h.oreMinedT[t] ?? 0) + (h.wasteMinedT[t] ?? 0));
    else if (item.basis === "fixed_per_period") unitFixed[t] = scale;
    else unitFixed[t] = scale * FREQUENCY_PER_YEAR[item.basis];
  }
  return { id: item.id, source: "opex", category: item.category, baseUnitPrice: item.unitCost, unitFixed, unitPerTonne };
}

function buildConsumptionLine(item: ConsumptionItem, h: Horizon): CostLine {
  const start = item.startPeriod ?? h.firstProductionPeriod;
  const escalation = buildEscalation(h, start, item.endPeriod ?? h.periodCount - 1, item.escalationPctPerYear ?? 0);
  const unitFixed = new Float64Array(h.periodCount);
  const unitPerTonne = new Float64Array(h.periodCount);
  for (let t = 0; t < h.periodCount; t++) {
    unitFixed[t] = (item.quantityPerPeriod ?? 0) * (escalation[t] ?? 0);
    unitPerTonne[t] = (item.ratePerTonneProcessed ?? 0) * (escalation[t] ?? 0);
  }
  return { id: item.id, source: "consumption", category: item.resourceType, baseUnitPrice: item.unitPrice, unitFixed, unitPerTonne };
}

/** Operating cost lines: opex items, consumption, and equipment operation (production periods only). */
export function buildCostLines(inputs: ScenarioModelInputs, h: Horizon): CostLine[] {
  const equipment = inputs.equipment.map((unit): CostLine => {
    const hoursPerPeriod = unit.quantity * unit.scheduledHoursPerYear * (unit.availabilityPct / 100);
    const unitFixed = new Float64Array(h.periodCount);
    for (let t = h.firstProductionPeriod; t < h.periodCount; t++) unitFixed[t] = hoursPerPeriod * (h.inflationFactor[t] ?? 1);
    return { id: unit.id, source: "equipment", category: "equipment", baseUnitPrice: unit.operatingCostPerHour, unitFixed, unitPerTonne: new Float64Array(h.periodCount) };
  });
  return [...inputs.opexItems.map((item) => buildOpexLine(item, h)), ...inputs.consumptionItems.map((item) => buildConsumptionLine(item, h)), ...equipment];
}

function singleSpend(h: Horizon, period: number, multiplier: number): Float64Array {
  const out = new Float64Array(h.periodCount);
  out[period] = multiplier * (h.inflationFactor[period] ?? 1);
  return out;
}

/**
 * Capital lines: capex items (with contingency), equipment purchase and replacements at the end of
 * each life while the project still runs, and the closure provision in the last period.
 */
export function buildCapitalLines(inputs: ScenarioModelInputs, h: Horizon): CapitalLine[] {
  const last = h.periodCount - 1;
  const lines: CapitalLine[] = inputs.capexItems.map((item) => ({
    id: item.id,
    category: item.category,
    kind: item.kind,
    baseAmount: item.amount,
    unitAmounts: singleSpend(h, item.spendPeriod, 1 + item.contingencyPct / 100),
    isClosureProvision: false,
  }));
  for (const unit of inputs.equipment) {
    const baseAmount = unit.quantity * unit.purchaseCostPerUnit;
    const kind = unit.purchasePeriod < h.firstProductionPeriod ? "initial" : "sustaining";
    lines.push({ id: unit.id, category: "equipment", kind, baseAmount, unitAmounts: singleSpend(h, unit.purchasePeriod, 1), isClosureProvision: false });
    const replacements = new Float64Array(h.periodCount);
    for (let t = unit.purchasePeriod + unit.lifeYears; t <= last; t += unit.lifeYears) replacements[t] = h.inflationFactor[t] ?? 1;
    lines.push({ id: unit.id, category: "equipment", kind: "replacement", baseAmount, unitAmounts: replacements, isClosureProvision: false });
  }
  lines.push({ id: "closure", category: "other", kind: "closure", baseAmount: inputs.closure.closureCost, unitAmounts: singleSpend(h, last, 1), isClosureProvision: true });
  return lines;
}
