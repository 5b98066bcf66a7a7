/** Depreciation, income tax, working capital and the net cash flows of one evaluation. */
import type { OverrideBinding } from "./bind-overrides";
import type { CompiledModel } from "./compiled-model";
import type { EvaluationScratch } from "./scratch";
import { DAYS_PER_YEAR } from "./units";

function depreciableSpend(s: EvaluationScratch, t: number): number {
  return (s.capex.initial[t] ?? 0) + (s.capex.sustaining[t] ?? 0) + (s.capex.replacement[t] ?? 0);
}

/**
 * Depreciation of initial, sustaining and replacement capital, starting in the later of the spend
 * period and the first production period. Straight line: amount / L per period for L periods, any
 * balance left at the end written off in the last period. Units of production: amount x ore_t /
 * ore processed from the start period to the end (written off at once when no ore is left).
 */
export function evaluateDepreciation(model: CompiledModel, s: EvaluationScratch): void {
  const n = model.periodCount;
  const first = model.firstProductionPeriod;
  s.depreciation.fill(0);
  if (model.depreciation.method === "straight_line") {
    const life = model.depreciation.lifeYears;
    for (let spendPeriod = 0; spendPeriod < n; spendPeriod++) {
      const amount = depreciableSpend(s, spendPeriod);
      if (amount === 0) continue;
      const start = Math.max(spendPeriod, first);
      const end = Math.min(start + life, n);
      for (let t = start; t < end; t++) s.depreciation[t] = (s.depreciation[t] ?? 0) + amount / life;
      s.depreciation[n - 1] = (s.depreciation[n - 1] ?? 0) + (amount * (start + life - end)) / life;
    }
    return;
  }
  // Units of production: ore remaining from t on, accumulated into a per-tonne rate.
  let remainingOre = 0;
  for (let t = first; t < n; t++) remainingOre += s.oreProcessedT[t] ?? 0;
  let pending = 0;
  let ratePerTonne = 0;
  for (let t = 0; t < n; t++) {
    pending += depreciableSpend(s, t);
    if (t < first) continue;
    if (remainingOre > 0) {
      ratePerTonne += pending / remainingOre;
      pending = 0;
      s.depreciation[t] = ratePerTonne * (s.oreProcessedT[t] ?? 0);
    } else {
      s.depreciation[t] = pending;
      pending = 0;
    }
    remainingOre -= s.oreProcessedT[t] ?? 0;
  }
}

/**
 * Taxable income = NSR - royalties - operating cost - depreciation - closure capital (deducted when
 * spent) + salvage (a recapture: the book value is zero by then). Tax = rate x max(0, income - losses
 * used); with carry-forward off a loss is simply lost (no refunds, no carry-back).
 */
export function evaluateTax(model: CompiledModel, b: OverrideBinding, s: EvaluationScratch): void {
  let losses = 0;
  const taxRatePct = b.drivers.drivers.tax_rate;
  for (let t = 0; t < model.periodCount; t++) {
    const income =
      (s.netSmelterReturn[t] ?? 0) - (s.royalties[t] ?? 0) - (s.operatingCost[t] ?? 0) - (s.depreciation[t] ?? 0) - (s.capex.closure[t] ?? 0) + (s.salvage[t] ?? 0);
    const rate = (taxRatePct[t] ?? 0) / 100;
    let taxable = Math.max(income, 0);
    if (model.lossCarryForward) {
      if (income < 0) losses -= income;
      const used = Math.min(losses, taxable);
      losses -= used;
      taxable -= used;
    }
    s.taxableIncome[t] = income;
    s.lossCarriedForward[t] = losses;
    s.incomeTax[t] = rate * taxable;
  }
}

/**
 * Working capital = NSR x receivable days / 365 - operating cost x payable days / 365, released
 * entirely in the last period (balance 0), so the changes sum to zero over the life. Then
 * pre-tax = NSR - royalties - opex - all capital + salvage - change in working capital, after-tax = pre-tax - tax.
 */
export function evaluateCashFlows(model: CompiledModel, s: EvaluationScratch): void {
  const n = model.periodCount;
  const receivable = model.receivableDays / DAYS_PER_YEAR;
  const payable = model.payableDays / DAYS_PER_YEAR;
  let previousBalance = 0;
  for (let t = 0; t < n; t++) {
    const balance = t === n - 1 ? 0 : (s.netSmelterReturn[t] ?? 0) * receivable - (s.operatingCost[t] ?? 0) * payable;
    const change = balance - previousBalance;
    previousBalance = balance;
    const capital = (s.capex.initial[t] ?? 0) + (s.capex.sustaining[t] ?? 0) + (s.capex.replacement[t] ?? 0) + (s.capex.closure[t] ?? 0);
    const preTax = (s.netSmelterReturn[t] ?? 0) - (s.royalties[t] ?? 0) - (s.operatingCost[t] ?? 0) - capital + (s.salvage[t] ?? 0) - change;
    s.workingCapital[t] = balance;
    s.workingCapitalChange[t] = change;
    s.preTaxCashFlow[t] = preTax;
    s.afterTaxCashFlow[t] = preTax - (s.incomeTax[t] ?? 0);
  }
}
