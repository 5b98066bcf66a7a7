import { describe, expect, it } from "vitest";
import { computeCashFlowTable } from "@/lib/engine/model";
import { buildDemoModelSource } from "@/tests/support/scenario-fixtures";
import { toModelInputs } from "./to-model-inputs";

function mapped(change?: (source: ReturnType<typeof buildDemoModelSource>) => void) {
  const source = buildDemoModelSource();
  change?.(source);
  return toModelInputs(source);
}

describe("effective scenario → engine inputs", () => {
  it("maps the demo base case to inputs the engine accepts, checked by hand on the first production year", () => {
    const result = mapped();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { inputs } = result;
    expect(inputs.timeline).toEqual({ startYear: 2027, constructionPeriods: 2, productionPeriods: 15 });
    expect(inputs.production.oreProcessedT).toHaveLength(15);
    expect(inputs.production.oreProcessedT[0]).toBe(8_000_000);
    expect(inputs.economics).toMatchObject({ discountRatePct: 8, discounting: "end", terms: "real" });
    expect(inputs.royalties).toMatchObject({ nsrPct: 3, grossRevenuePct: 0, perUnitProduced: 0 });
    expect(inputs.smelter.concentrate).toMatchObject({ gradePct: 26, treatmentChargePerDmt: 80 });
    expect(inputs.commodity).toMatchObject({ name: "copper", priceUnit: "lb", price: 4.25, priceCurrency: "USD" });
    const table = computeCashFlowTable(inputs);
    // Hand check of the first production year: 8 Mt × 0.68 % × 22.0462 lb/t per % × 86 % × 96.5 % × 4.25 USD/lb.
    const firstYearRevenueUsd = 8e6 * 0.68 * 22.046226218 * 0.86 * 0.965 * 4.25;
    expect(table.rows[2]?.grossRevenue).toBeCloseTo(firstYearRevenueUsd, 0);
    expect(table.metrics.discountRatePct).toBe(8);
    expect(Number.isFinite(table.metrics.npv)).toBe(true);
    expect(table.rows).toHaveLength(17);
  });

  it("maps mid-period discounting, gross-revenue and per-unit royalties", () => {
    const mid = mapped((s) => Object.assign(s.settings, { discounting: "mid_period", royaltyType: "gross_revenue" }));
    expect(mid.ok && mid.inputs.economics.discounting).toBe("mid");
    expect(mid.ok && mid.inputs.royalties).toMatchObject({ nsrPct: 0, grossRevenuePct: 3 });
    const perUnit = mapped((s) => Object.assign(s.settings, { royaltyType: "per_unit", royaltyPerUnit: 0.05 }));
    expect(perUnit.ok && perUnit.inputs.royalties).toMatchObject({ nsrPct: 0, perUnitProduced: 0.05 });
    const none = mapped((s) => Object.assign(s.settings, { royaltyType: "none" }));
    expect(none.ok && none.inputs.royalties).toMatchObject({ nsrPct: 0, grossRevenuePct: 0, perUnitProduced: 0 });
  });

  it("passes the valuation date and period-0 timing only when set, and the engine refuses period 0 at the start of production", () => {
    const unset = mapped();
    expect(unset.ok && unset.inputs.economics).not.toHaveProperty("valuationDate");
    expect(unset.ok && unset.inputs.economics).not.toHaveProperty("periodZeroTiming");
    const atStart = mapped((s) => Object.assign(s.settings, { valuationDate: "start_of_period_0", periodZeroTiming: "at_valuation_date", discounting: "mid_period" }));
    expect(atStart.ok && atStart.inputs.economics).toMatchObject({ valuationDate: "start_of_period_0", periodZeroTiming: "at_valuation_date", discounting: "mid" });
    const refused = mapped((s) => Object.assign(s.settings, { valuationDate: "start_of_production", periodZeroTiming: "at_valuation_date" }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.path)).toContain("economics.periodZeroTiming");
  });

  it("leaves out the concentrate terms without a concentrate grade, and uses the scenario currency for prices", () => {
    const result = mapped((s) => Object.assign(s.settings, { concentrateGradePct: null, priceCurrency: null }));
    expect(result.ok && result.inputs.smelter.concentrate).toBeUndefined();
    expect(result.ok && result.inputs.commodity.priceCurrency).toBe("USD");
  });

  it("reports a missing required setting, a missing production period and a foreign-currency capex item", () => {
    const missing = mapped((s) => Object.assign(s.settings, { metalPrice: null }));
    expect(missing).toEqual({ ok: false, errors: [expect.objectContaining({ path: "settings.metalPrice", rule: "required" })] });
    const gap = mapped((s) => {
      s.rows.production = s.rows.production.filter((row) => row.period !== 5);
      s.rows.capex = s.rows.capex.map((row, i) => (i === 0 ? { ...row, currency: "CLP" } : row));
    });
    expect(gap.ok ? [] : gap.errors.map((e) => e.rule)).toEqual(["production_period_missing", "scenario_currency"]);
  });

  it("returns the engine's own validation errors", () => {
    const result = mapped((s) => {
      s.rows.capex = s.rows.capex.map((row, i) => (i === 0 ? { ...row, spendPeriod: 40 } : row));
    });
    expect(result.ok ? [] : result.errors).toContainEqual(
      expect.objectContaining({ path: "capexItems.0.spendPeriod", rule: "period_within_project_life" }),
    );
  });

  it("ignores production rows after a shortened life, and reports items spent after it", () => {
    const result = mapped((s) => Object.assign(s.settings, { lifeYears: 10 }));
    const rules = new Set(result.ok ? [] : result.errors.map((e) => e.rule));
    expect([...rules]).toEqual(["period_within_project_life"]);
  });

  it("gives the demo base case a positive NPV at 8 %, an IRR above it and a break-even price below the base price", () => {
    const result = mapped();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { metrics } = computeCashFlowTable(result.inputs);
    expect(metrics.npv).toBeGreaterThan(0);
    expect(metrics.irr).toMatchObject({ kind: "unique", rate: expect.any(Number) });
    expect(metrics.irr.kind === "unique" && metrics.irr.rate).toBeGreaterThan(0.08);
    expect(metrics.breakEvenPrice).toMatchObject({ kind: "found" });
    expect(metrics.breakEvenPrice.kind === "found" && metrics.breakEvenPrice.pricePerUnit).toBeLessThan(4.25);
  });

  it("keeps the flat price, one number, for a scenario on the flat price source or none", () => {
    for (const priceSource of [null, "flat"] as const) {
      const result = mapped((s) => Object.assign(s.settings, { priceSource, priceDeckId: "00000000-0000-4000-8000-00000000d0c1" }));
      expect(result.ok && result.inputs.commodity.price).toBe(4.25);
    }
  });

  it("prices each production year from the scenario's deck, and refuses a deck in another currency", () => {
    const deck = { id: "00000000-0000-4000-8000-00000000d0c1", name: "Consensus", commodity: "copper", priceUnit: "lb", currency: "USD", longTermPrice: 3.8, prices: [{ year: 2030, price: 4.5 }, { year: 2031, price: 4.3 }] };
    const onDeck = (s: ReturnType<typeof buildDemoModelSource>) => {
      Object.assign(s.settings, { priceSource: "deck", priceDeckId: deck.id });
      s.priceDeck = deck;
    };
    const result = mapped(onDeck);
    // Production years 2029–2043: the first year's price before 2030, then 4.5, 4.3, then the long-term 3.8.
    expect(result.ok && result.inputs.commodity.price).toEqual([4.5, 4.5, 4.3, ...Array<number>(12).fill(3.8)]);
    const euro = mapped((s) => {
      onDeck(s);
      s.priceDeck = { ...deck, currency: "EUR" };
    });
    expect(euro.ok ? [] : euro.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(["settings.priceDeckId price_deck_currency"]);
  });
});
