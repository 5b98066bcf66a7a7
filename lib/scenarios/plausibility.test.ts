import { describe, expect, it } from "vitest";
import { OPEX_ITEMS } from "@/db/seed-data/quebrada-azul-operations";
import { BASE_SCENARIO, productionSchedule } from "@/db/seed-data/quebrada-azul";
import { rangesForCommodity } from "@/lib/domain/plausibility";
import { reviewPlausibility, type PlausibilityInput } from "./plausibility";

type Row = PlausibilityInput["production"][number];
type Opex = PlausibilityInput["opex"][number];

/** A plain copper scenario: 2 construction periods, 10 production years (periods 2–11), nothing unusual. */
function copper(overrides: Partial<PlausibilityInput> = {}): PlausibilityInput {
  return {
    commodity: "copper",
    settings: { discountRatePct: 8, lifeYears: 10, constructionPeriods: 2, gradeUnit: "pct", currency: "USD" },
    production: [{ period: 3, oreProcessedT: 1_000_000, headGrade: 0.6, recoveryPct: 88 }],
    opex: [],
    products: [],
    ...overrides,
  };
}

const row = (fields: Partial<Row>): Row => ({ period: 3, oreProcessedT: 1_000_000, headGrade: 0.6, recoveryPct: 88, ...fields });
const opex = (fields: Partial<Opex>): Opex => ({ name: "Milling", basis: "per_tonne_processed", unitCost: 10, quantity: 1, startPeriod: 2, ...fields });
const codes = (input: PlausibilityInput) => reviewPlausibility(input).map((warning) => warning.code);

describe("reviewPlausibility", () => {
  it("raises nothing for the demo copper project's base case", () => {
    const input: PlausibilityInput = {
      commodity: "Copper",
      settings: { ...BASE_SCENARIO, gradeUnit: "pct" },
      production: productionSchedule().map((r) => ({ period: r.period, oreProcessedT: r.oreProcessedT, headGrade: r.headGrade, recoveryPct: r.recoveryPct })),
      opex: OPEX_ITEMS.map((item) => ({ ...item, quantity: item.quantity ?? 1 })),
      products: [],
    };
    expect(reviewPlausibility(input)).toEqual([]);
  });

  it("warns about a head grade far above the usual range, in plain words with unit and range", () => {
    expect(reviewPlausibility(copper({ production: [row({ headGrade: 12 })] }))).toEqual([
      {
        code: "head_grade_unusual",
        field: "production.headGrade",
        rowRef: "period 3",
        message: "Head grade 12 % in period 3 is far above copper's usual 0.1–5 %",
      },
    ]);
  });

  it("takes the head grade bounds themselves as usual and fires just outside them", () => {
    expect(codes(copper({ production: [row({ headGrade: 5 }), row({ period: 4, headGrade: 0.1 })] }))).toEqual([]);
    expect(codes(copper({ production: [row({ headGrade: 5.01 })] }))).toEqual(["head_grade_unusual"]);
    const below = reviewPlausibility(copper({ production: [row({ headGrade: 0.09 })] }));
    expect(below[0]?.message).toBe("Head grade 0.09 % in period 3 is far below copper's usual 0.1–5 %");
  });

  it("matches symbols and converts the range into the scenario's grade unit", () => {
    const gold = (headGrade: number, gradeUnit: "g_per_t" | "pct") =>
      reviewPlausibility({ ...copper({ production: [row({ headGrade })] }), commodity: "Au", settings: { ...copper().settings, gradeUnit } });
    expect(gold(20, "g_per_t")).toEqual([]);
    expect(gold(25, "g_per_t")[0]?.message).toBe("Head grade 25 g/t in period 3 is far above gold's usual 0.3–20 g/t");
    expect(gold(0.001, "pct")).toEqual([]); // 10 g/t
    expect(gold(0.01, "pct")[0]?.message).toContain("usual 0.00003–0.002 %");
  });

  it("skips grade and recovery of periods with no ore processed (construction, pre-strip)", () => {
    expect(codes(copper({ production: [row({ period: 0, oreProcessedT: 0, headGrade: 0, recoveryPct: 0 })] }))).toEqual([]);
  });

  it("warns about recovery outside 50–98 %, the bounds included as usual", () => {
    expect(codes(copper({ production: [row({ recoveryPct: 50 }), row({ period: 4, recoveryPct: 98 })] }))).toEqual([]);
    const low = reviewPlausibility(copper({ production: [row({ recoveryPct: 49.9 })] }));
    expect(low).toEqual([
      { code: "recovery_unusual", field: "production.recoveryPct", rowRef: "period 3", message: "Recovery 49.9 % in period 3 is far below the usual 50–98 %" },
    ]);
    expect(codes(copper({ production: [row({ recoveryPct: 98.1 })] }))).toEqual(["recovery_unusual"]);
  });

  it("warns about a discount rate outside 3–15 %, and not while it is unset", () => {
    const rate = (discountRatePct: number | null) => reviewPlausibility(copper({ settings: { ...copper().settings, discountRatePct } }));
    expect(rate(3)).toEqual([]);
    expect(rate(15)).toEqual([]);
    expect(rate(null)).toEqual([]);
    expect(rate(2.9)).toEqual([
      { code: "discount_rate_unusual", field: "settings.discountRatePct", message: "Discount rate 2.9 % is far below the usual 3–15 %" },
    ]);
    expect(rate(15.5)[0]?.message).toBe("Discount rate 15.5 % is far above the usual 3–15 %");
  });

  it("warns about production after the mine's last period or before its first, not at the edges", () => {
    expect(codes(copper({ production: [row({ period: 2 }), row({ period: 11 })] }))).toEqual([]);
    expect(reviewPlausibility(copper({ production: [row({ period: 40 })] }))).toEqual([
      {
        code: "period_outside_life",
        field: "production.period",
        rowRef: "period 40",
        message: "Production in period 40 is after the mine's last period (11); the model ignores it",
      },
    ]);
    expect(codes(copper({ production: [row({ period: 12 })] }))).toEqual(["period_outside_life"]);
    expect(reviewPlausibility(copper({ production: [row({ period: 1 })] }))[0]?.message).toBe(
      "Production in period 1 is before the mine's first production period (2); the model ignores it",
    );
  });

  it("warns about an opex item starting after the mine's last period", () => {
    expect(codes(copper({ opex: [opex({ startPeriod: 11 })] }))).toEqual([]);
    expect(reviewPlausibility(copper({ opex: [opex({ name: "Closure crew", startPeriod: 12 })] }))).toEqual([
      {
        code: "period_outside_life",
        field: "opex.startPeriod",
        rowRef: "Closure crew",
        message: 'Opex item "Closure crew" starts in period 12, after the mine\'s last period (11)',
      },
    ]);
  });

  it("warns about opex per tonne processed outside the commodity's range, summing per-tonne-processed items only", () => {
    const range = rangesForCommodity("copper")?.opexUsdPerTProcessed;
    expect(range).toEqual({ min: 2, max: 150 });
    expect(rangesForCommodity("copper-gold")?.commodity).toBe("copper");
    expect(codes(copper({ opex: [opex({ unitCost: 100 }), opex({ unitCost: 25, quantity: 2 }), opex({ basis: "fixed_per_period", unitCost: 1e9 })] }))).toEqual([]);
    expect(codes(copper({ opex: [opex({ unitCost: 2 })] }))).toEqual([]);
    expect(reviewPlausibility(copper({ opex: [opex({ unitCost: 100 }), opex({ unitCost: 50.5 })] }))).toEqual([
      { code: "opex_per_tonne_unusual", field: "opex.unitCost", message: "Opex of 150.5 USD per tonne processed is far above copper's usual 2–150 USD/t" },
    ]);
    expect(codes(copper({ opex: [opex({ unitCost: 1.99 })] }))).toEqual(["opex_per_tonne_unusual"]);
  });

  it("does not compare opex in another currency with the USD range", () => {
    expect(codes(copper({ settings: { ...copper().settings, currency: "CAD" }, opex: [opex({ unitCost: 1000 })] }))).toEqual([]);
  });

  it("checks products' grades against their own commodity and their recoveries", () => {
    const product = { name: "Gold", gradeUnit: "g_per_t" as const, headGrade: 0.2, recoveryPct: 70 };
    expect(codes(copper({ products: [{ ...product, headGrade: 0.3 }] }))).toEqual([]);
    expect(reviewPlausibility(copper({ products: [{ ...product, recoveryPct: 99 }] }))).toEqual([
      { code: "head_grade_unusual", field: "products.headGrade", rowRef: "Gold", message: 'Head grade 0.2 g/t of product "Gold" is far below gold\'s usual 0.3–20 g/t' },
      { code: "recovery_unusual", field: "products.recoveryPct", rowRef: "Gold", message: 'Recovery 99 % of product "Gold" is far above the usual 50–98 %' },
    ]);
    expect(codes(copper({ products: [{ ...product, name: "Molybdenum", headGrade: 1e6 }] }))).toEqual([]);
  });

  it("gives an unknown commodity only the commodity-independent checks", () => {
    const unknown = copper({
      commodity: "lithium",
      settings: { ...copper().settings, discountRatePct: 20 },
      production: [row({ headGrade: 90, recoveryPct: 30 }), row({ period: 50 })],
      opex: [opex({ unitCost: 5000 })],
    });
    expect(codes(unknown)).toEqual(["discount_rate_unusual", "recovery_unusual", "period_outside_life"]);
  });

  it("skips period checks while the life is unset", () => {
    expect(codes(copper({ settings: { ...copper().settings, lifeYears: null }, production: [row({ period: 90 })] }))).toEqual([]);
  });
});
