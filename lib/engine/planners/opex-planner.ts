/** Opex planner: annual cost per item, escalated timeline over the horizon and the annual average. */
import { FREQUENCY_PER_YEAR, type OpexItem } from "../model";

export type OpexPlanItem = {
  id: string;
  category: string;
  /** Unescalated cost for a full year, scenario currency; NaN for per-tonne bases (needs tonnages). */
  annualCost: number;
  /** Escalated cost per period of the horizon (0 outside the item's start..end). */
  timeline: number[];
};

export type OpexPlan = {
  items: OpexPlanItem[];
  /** Sum over the items per period. */
  totalByPeriod: number[];
  /** Mean of totalByPeriod over the periods with any cost, scenario currency per year. */
  annualAverage: number;
};

export type OpexTonnages = { minedT: readonly number[]; processedT: readonly number[] };

/**
 * Annual cost of one item: unitCost x quantity x frequency (365/52/12/4/1), or x 1 for fixed per period.
 * @returns scenario currency per year; NaN for per-tonne bases
 * @example annualOpexCost({ basis: "monthly", unitCost: 1000, quantity: 2 }) // 24000
 */
export function annualOpexCost(item: Pick<OpexItem, "basis" | "unitCost" | "quantity">): number {
  if (item.basis === "per_tonne_mined" || item.basis === "per_tonne_processed") return NaN;
  const perYear = item.basis === "fixed_per_period" ? 1 : FREQUENCY_PER_YEAR[item.basis];
  return item.unitCost * item.quantity * perYear;
}

/**
 * Plans operating cost over a horizon, escalation compounding yearly from each item's start period
 * (the same convention as the cash-flow model, real terms).
 * @param items - opex items; start/end default to the whole horizon
 * @param periodCount - number of periods
 * @param tonnages - optional tonnes mined/processed per period for per-tonne items (else they cost 0)
 * @throws {RangeError} when periodCount < 1 or a tonnage array is shorter than the horizon
 * @example planOpex([{ id: "ga", name: "G&A", category: "g_and_a", basis: "annually", unitCost: 100, quantity: 1, escalationPctPerYear: 10 }], 2).totalByPeriod // [100, 110]
 */
export function planOpex(items: readonly OpexItem[], periodCount: number, tonnages?: OpexTonnages): OpexPlan {
  if (!Number.isInteger(periodCount) || periodCount < 1) throw new RangeError(`planOpex: periodCount must be a positive integer, got ${periodCount}`);
  if (tonnages && (tonnages.minedT.length < periodCount || tonnages.processedT.length < periodCount)) throw new RangeError("planOpex: tonnages must cover every period");
  const planned = items.map((item): OpexPlanItem => {
    const start = item.startPeriod ?? 0;
    const end = item.endPeriod ?? periodCount - 1;
    const timeline = Array.from({ length: periodCount }, (_, t) => {
      if (t < start || t > end) return 0;
      const escalation = Math.pow(1 + item.escalationPctPerYear / 100, t - start);
      const driver = item.basis === "per_tonne_mined" ? (tonnages?.minedT[t] ?? 0) : item.basis === "per_tonne_processed" ? (tonnages?.processedT[t] ?? 0) : item.basis === "fixed_per_period" ? 1 : FREQUENCY_PER_YEAR[item.basis];
      return item.unitCost * item.quantity * driver * escalation;
    });
    return { id: item.id, category: item.category, annualCost: annualOpexCost(item), timeline };
  });
  const totalByPeriod = Array.from({ length: periodCount }, (_, t) => planned.reduce((sum, item) => sum + (item.timeline[t] ?? 0), 0));
  const active = totalByPeriod.filter((cost) => cost !== 0);
  return { items: planned, totalByPeriod, annualAverage: active.length > 0 ? active.reduce((a, b) => a + b, 0) / active.length : 0 };
}
