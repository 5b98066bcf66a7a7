/** Capex planner: totals, contingency, shares by category and the spend timeline (scenario currency, real). */
import type { CapexCategory, CapexItem } from "../model";
import { CAPEX_CATEGORIES } from "../model";

export type CapexPlan = {
  /** Sum of amounts before contingency. */
  baseTotal: number;
  contingencyTotal: number;
  grandTotal: number;
  /** Grand total by category and its share of the grand total, % (0 when the grand total is 0). */
  byCategory: { category: CapexCategory; total: number; sharePct: number }[];
  /** Spend per period 0..periodCount-1 with contingency, and the cumulative spend. */
  timeline: { period: number; spend: number; cumulativeSpend: number }[];
};

/**
 * Plans capital spending.
 * @param items - capex items (amount before contingency, spend period, contingency %)
 * @param periodCount - number of project periods in the timeline
 * @returns totals, shares and timeline
 * @throws {RangeError} when an item is spent outside [0, periodCount) or periodCount < 1
 * @example planCapex([{ id: "a", name: "Plant", category: "infrastructure", kind: "initial", amount: 100, spendPeriod: 0, contingencyPct: 10 }], 2).grandTotal // 110
 */
export function planCapex(items: readonly CapexItem[], periodCount: number): CapexPlan {
  if (!Number.isInteger(periodCount) || periodCount < 1) throw new RangeError(`planCapex: periodCount must be a positive integer, got ${periodCount}`);
  const spend = new Array<number>(periodCount).fill(0);
  const totals = new Map<CapexCategory, number>();
  let baseTotal = 0;
  let contingencyTotal = 0;
  for (const item of items) {
    if (item.spendPeriod < 0 || item.spendPeriod >= periodCount) throw new RangeError(`planCapex: item "${item.id}" is spent in period ${item.spendPeriod}, outside 0..${periodCount - 1}`);
    const contingency = (item.amount * item.contingencyPct) / 100;
    baseTotal += item.amount;
    contingencyTotal += contingency;
    spend[item.spendPeriod] = (spend[item.spendPeriod] ?? 0) + item.amount + contingency;
    totals.set(item.category, (totals.get(item.category) ?? 0) + item.amount + contingency);
  }
  const grandTotal = baseTotal + contingencyTotal;
  let cumulativeSpend = 0;
  return {
    baseTotal,
    contingencyTotal,
    grandTotal,
    byCategory: CAPEX_CATEGORIES.map((category) => {
      const total = totals.get(category) ?? 0;
      return { category, total, sharePct: grandTotal > 0 ? (100 * total) / grandTotal : 0 };
    }),
    timeline: spend.map((amount, period) => {
      cumulativeSpend += amount;
      return { period, spend: amount, cumulativeSpend };
    }),
  };
}
