import { describe, expect, it } from "vitest";
import type { CapexItem, OpexItem } from "../model";
import { planCapex } from "./capex-planner";
import { annualOpexCost, planOpex } from "./opex-planner";

const capex: CapexItem[] = [
  { id: "plant", name: "Plant", category: "infrastructure", kind: "initial", amount: 1000, spendPeriod: 0, contingencyPct: 10 },
  { id: "fleet", name: "Fleet", category: "equipment", kind: "initial", amount: 500, spendPeriod: 1, contingencyPct: 20 },
  { id: "road", name: "Road", category: "infrastructure", kind: "sustaining", amount: 300, spendPeriod: 1, contingencyPct: 0 },
];

describe("planCapex", () => {
  const plan = planCapex(capex, 3);
  it("totals amounts and contingency", () => {
    expect(plan.baseTotal).toBe(1800);
    expect(plan.contingencyTotal).toBe(200);
    expect(plan.grandTotal).toBe(2000);
  });
  it("gives category shares that sum to 100 %", () => {
    expect(plan.byCategory.find((c) => c.category === "infrastructure")).toEqual({ category: "infrastructure", total: 1400, sharePct: 70 });
    expect(plan.byCategory.reduce((s, c) => s + c.sharePct, 0)).toBeCloseTo(100, 12);
  });
  it("builds the spend timeline with cumulative spend", () => {
    expect(plan.timeline).toEqual([
      { period: 0, spend: 1100, cumulativeSpend: 1100 },
      { period: 1, spend: 900, cumulativeSpend: 2000 },
      { period: 2, spend: 0, cumulativeSpend: 2000 },
    ]);
  });
  it("rejects spends outside the horizon and an empty horizon", () => {
    expect(() => planCapex(capex, 1)).toThrow(/outside/);
    expect(() => planCapex([], 0)).toThrow(RangeError);
    expect(planCapex([], 2).byCategory.every((c) => c.sharePct === 0)).toBe(true);
  });
});

const opex: OpexItem[] = [
  { id: "ga", name: "G&A", category: "g_and_a", basis: "monthly", unitCost: 1000, quantity: 2, escalationPctPerYear: 10 },
  { id: "camp", name: "Camp", category: "g_and_a", basis: "daily", unitCost: 10, quantity: 1, startPeriod: 1, escalationPctPerYear: 0 },
  { id: "mill", name: "Milling", category: "processing", basis: "per_tonne_processed", unitCost: 5, quantity: 1, escalationPctPerYear: 0 },
];

describe("planOpex", () => {
  it("uses the frequency multipliers 365/52/12/4/1", () => {
    const base = { unitCost: 1, quantity: 1 };
    expect(["daily", "weekly", "monthly", "quarterly", "annually", "fixed_per_period"].map((basis) => annualOpexCost({ ...base, basis: basis as OpexItem["basis"] }))).toEqual([365, 52, 12, 4, 1, 1]);
    expect(annualOpexCost({ ...base, basis: "per_tonne_mined" })).toBeNaN();
  });
  it("escalates from each item's start period and averages over active periods", () => {
    const plan = planOpex(opex, 3, { minedT: [0, 0, 0], processedT: [0, 100, 100] });
    expect(plan.items[0]?.timeline.map((v) => Math.round(v * 100) / 100)).toEqual([24000, 26400, 29040]);
    expect(plan.items[1]?.timeline).toEqual([0, 3650, 3650]);
    expect(plan.items[2]?.timeline).toEqual([0, 500, 500]);
    expect(plan.totalByPeriod[1]).toBeCloseTo(26400 + 3650 + 500, 9);
    expect(plan.annualAverage).toBeCloseTo(plan.totalByPeriod.reduce((a, b) => a + b, 0) / 3, 9);
  });
  it("rejects short tonnage arrays", () => {
    expect(() => planOpex(opex, 3, { minedT: [0], processedT: [0] })).toThrow(/tonnages/);
  });
});
