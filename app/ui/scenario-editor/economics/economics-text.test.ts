import { describe, expect, it } from "vitest";
import { compileModel, computeCashFlowTable, computeEconomicSummary, type Conventions } from "@/lib/engine/model";
import { buildGoldenInputs, withChanges } from "@/lib/engine/model/test-fixtures";
import {
  describeConventions,
  describeDiscounting as describeDiscountingNbsp,
  describedDiscountFactor,
  describeTerms,
  formatIrrPct,
  formatMillions,
  formatPaybackYears,
  formatRateLabel,
  moneyScaleFor,
  npvRowHeading,
  productionStartYear,
  valuedAt,
} from "./economics-text";

// The conventions line is what an economist rebuilds the figures from, so the engine is the judge of its formula;
// "no value" cases must read as words, never NaN.

const END_REAL: Conventions = { valuationDate: "end_of_period_0", valuationYear: 2026, valuationTimeYears: 1, timing: "end", periodZeroTiming: "with_timing", terms: "real", inflationPct: 0 };

describe("the conventions line", () => {
  it("names the valuation date, timing, terms and both payback origins", () => {
    expect(describeConventions(END_REAL)).toBe(
      "NPV valued at the end of 2026 (end of period 0), end-of-period discounting, real terms; payback from the valuation date and from the start of production.",
    );
  });

  it("says mid-period, nominal terms with the inflation rate, and the other valuation dates", () => {
    expect(describeConventions({ ...END_REAL, timing: "mid", terms: "nominal", inflationPct: 2.5 })).toContain("mid-period discounting, nominal terms, 2.5 % inflation;");
    expect(describeTerms({ terms: "nominal", inflationPct: 2 })).toBe("nominal terms, 2 % inflation");
    expect(describeConventions({ ...END_REAL, valuationDate: "start_of_production", valuationYear: 2029, valuationTimeYears: 3 })).toMatch(/^NPV valued at the start of 2029 \(start of production\),/);
    expect(describeConventions({ ...END_REAL, valuationDate: "start_of_period_0", valuationTimeYears: 0, periodZeroTiming: "at_valuation_date" })).toMatch(
      /^NPV valued at the start of 2026 \(start of period 0\), end-of-period discounting \(period 0 at the valuation date\),/,
    );
    expect(valuedAt({ valuationDate: "start_of_production", valuationYear: 2029 })).toBe("valued start of 2029");
  });

  it("gives the textbook formula for the default convention", () => {
    // The formula is written with no-break spaces (it never wraps apart); compare with plain ones.
    const describeDiscounting = (conventions: Conventions) => describeDiscountingNbsp(conventions).replaceAll("\u00a0", " ");
    expect(describeDiscounting(END_REAL)).toBe("Pre-tax and after-tax NPV (end-of-period timing): period t's flow is divided by (1 + r)^t; period 0's flow is not discounted.");
    expect(describeDiscounting({ ...END_REAL, timing: "mid" })).toBe(
      "Pre-tax and after-tax NPV (mid-period timing): period t's flow is divided by (1 + r)^(t − 0.5); flows before the valuation date are carried forward at the same rate.",
    );
    expect(describeDiscounting({ ...END_REAL, valuationTimeYears: 0 })).toContain("(1 + r)^(t + 1).");
  });

  // The model inputs' `economics` fields: `discounting` is the timing.
  const CASES = [
    ...(["end", "mid"] as const).flatMap((discounting) => (["start_of_period_0", "end_of_period_0", "start_of_production"] as const).map((valuationDate) => ({ discounting, valuationDate, periodZeroTiming: "with_timing" as const }))),
    { discounting: "mid" as const, valuationDate: "end_of_period_0" as const, periodZeroTiming: "at_valuation_date" as const },
    { discounting: "mid" as const, valuationDate: "start_of_period_0" as const, periodZeroTiming: "at_valuation_date" as const },
  ];

  it.each(CASES)("states the engine's discounting for $discounting timing, $valuationDate, period 0 $periodZeroTiming: NPV = Σ CF_t × the stated factor", (economics) => {
    const inputs = withChanges((draft) => void Object.assign(draft.economics, economics));
    const summary = computeEconomicSummary(compileModel(inputs), [8]);
    expect(summary.conventions).toMatchObject({ timing: economics.discounting, valuationDate: economics.valuationDate, periodZeroTiming: economics.periodZeroTiming });
    const rebuilt = computeCashFlowTable(inputs).rows.reduce((sum, row) => sum + row.afterTaxCashFlow * describedDiscountFactor(summary.conventions, 8, row.period), 0);
    expect(rebuilt).toBeCloseTo(summary.npvAtRates[0]?.afterTaxNpv ?? Number.NaN, 4);
  });

  it("states the engine's own default for a compiled scenario", () => {
    const summary = computeEconomicSummary(compileModel(buildGoldenInputs()));
    expect(describeConventions(summary.conventions)).toMatch(/^NPV valued at the end of 2026 \(end of period 0\), end-of-period discounting, real terms;/);
  });
});

describe("figures of the disclosure table", () => {
  it("heads an NPV row with its rate, unit and valuation date", () => {
    expect(npvRowHeading(8, "USD", END_REAL)).toBe("NPV at 8 % (USD M, valued end of 2026)");
    expect(npvRowHeading(7.5, "EUR", { valuationDate: "start_of_period_0", valuationYear: 2030 })).toBe("NPV at 7.5 % (EUR M, valued start of 2030)");
    expect(formatRateLabel(0)).toBe("0 %");
  });

  it("shows money in millions with one fixed decimal, and a dash (never NaN) when there is no number", () => {
    expect(formatMillions(245_312_000)).toBe("245.3");
    expect(formatMillions(12_000_000)).toBe("12.0");
    expect(formatMillions(-1_250_000)).toBe("-1.3");
    expect(formatMillions(-20_000)).toBe("0.0");
    expect(formatMillions(Number.NaN)).toBe("—");
  });

  it("says No IRR and Not reached for missing values", () => {
    expect(formatIrrPct(null)).toBe("No IRR");
    expect(formatIrrPct(21.456)).toBe("21.5 %");
    expect(formatPaybackYears(null)).toBe("Not reached");
    expect(formatPaybackYears(3.25)).toBe("3.3 years");
  });

  it("finds the first production year for the payback heading", () => {
    expect(productionStartYear([{ year: 2026, phase: "construction" }, { year: 2027, phase: "production" }])).toBe(2027);
    expect(productionStartYear([{ year: 2026, phase: "construction" }])).toBeNull();
  });
});

describe("the money scale of a table", () => {
  it("is millions when an amount reaches a million, thousands for a small project's table", () => {
    const millions = moneyScaleFor([250_000, -1_250_000], "USD");
    expect([millions.unit, millions.format(-1_250_000)]).toEqual(["USD M", "-1.3"]);
    const thousands = moneyScaleFor([250_000, -40_000, Number.NaN], "CAD");
    expect([thousands.unit, thousands.format(-40_400), thousands.format(Number.NaN)]).toEqual(["CAD k", "-40", "—"]);
    expect(moneyScaleFor([], "USD").unit).toBe("USD M");
  });
});
