import { describe, expect, it } from "vitest";
import {
  formatBreakEven,
  formatDate,
  formatDuration,
  formatEnumLabel,
  formatIrr,
  formatLastSignIn,
  formatMetric,
  formatMetricFigure,
  formatMoney,
  formatMoneyMillions,
  formatMultiple,
  formatNumber,
  formatOperationType,
  formatPayback,
  formatPercent,
  formatProgress,
  formatQuantity,
  formatRate,
  formatRatePct,
  formatRatioAsPercent,
  formatTick,
  formatTimestamp,
  formatValue,
  formatWhen,
  formatYears,
} from "./index";

const NBSP = "\u00a0";

describe("numbers and money", () => {
  it("groups thousands, drops trailing zeros and never shows NaN", () => {
    expect(formatNumber(12_000_000)).toBe("12,000,000");
    expect(formatNumber(1234.5678)).toBe("1,234.57");
    expect(formatNumber(-1234.5678, 0)).toBe("-1,235");
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatNumber(null)).toBe("—");
    expect(formatQuantity(12_000, "t")).toBe("12,000 t");
    expect(formatMultiple(1.5)).toBe("1.50×");
    expect(formatMultiple(1234.5)).toBe("1234.50×");
  });

  it("writes money with its ISO code, a leading minus and no sign on a rounded zero", () => {
    expect(formatMoney(-1_250_000, "USD")).toBe(`-USD${NBSP}1,250,000`);
    expect(formatMoney(2.853, "USD", 2)).toBe(`USD${NBSP}2.85`);
    expect(formatMoney(-0.4, "USD")).toBe(`USD${NBSP}0`);
    expect(formatMoney(Number.POSITIVE_INFINITY, "USD")).toBe("—");
    expect(formatMoneyMillions(-1_250_000, "USD")).toBe("-USD 1.3 M");
    expect(formatMoneyMillions(127_040_000, "EUR")).toBe("EUR 127.0 M");
  });
});

describe("percentages, dates and durations", () => {
  it("keeps percent and ratio apart", () => {
    expect(formatPercent(8)).toBe("8.0 %");
    expect(formatPercent(87.456, 0)).toBe("87 %");
    expect(formatRatioAsPercent(0.1234)).toBe("12.3 %");
    expect(formatRatePct(12.345)).toBe("12.35 %");
    expect(formatRatePct(8)).toBe("8.0 %");
    expect(formatRate(0.1234)).toBe("12.34 %");
    expect(formatProgress(0.42, 100_000)).toBe("42 % — 42,000 of 100,000 iterations");
  });

  it("shows dates in UTC", () => {
    expect(formatDate("2026-01-02T23:30:00Z")).toBe("2 Jan 2026");
    expect(formatWhen(new Date("2026-11-27T09:14:59Z"))).toBe("27 Nov 2026, 09:14 UTC");
    expect(formatWhen("not a date")).toBe("—");
    expect(formatLastSignIn(null)).toBe("Never");
    expect(formatLastSignIn("2026-01-02T03:04:00Z")).toBe("2 Jan 2026, 03:04 UTC");
    expect(formatTimestamp("2026-01-02T03:04:05.678Z")).toBe("2026-01-02 03:04 UTC");
  });

  it("writes durations and years", () => {
    expect(formatDuration(850)).toBe("0.85 s");
    expect(formatDuration(12_345)).toBe("12.3 s");
    expect(formatDuration(61_000)).toBe("1 min 1 s");
    expect(formatDuration(null)).toBe("—");
    expect(formatYears(5.25)).toBe("5.3 years");
  });
});

describe("labels and metrics", () => {
  it("humanises enum values, acronyms and symbols kept", () => {
    expect(formatEnumLabel("per_tonne_mined")).toBe("Per tonne mined");
    expect(formatEnumLabel("g_and_a")).toBe("G&A");
    expect(formatEnumLabel("g_per_t")).toBe("g/t");
    expect(formatEnumLabel("mid_period")).toBe("Mid-period");
    expect(formatEnumLabel("nsr")).toBe("NSR");
    expect(formatEnumLabel(null)).toBe("—");
    expect(formatOperationType("in_situ_leach")).toBe("In-situ leach");
  });

  it("says why a metric has no value", () => {
    expect(formatIrr({ kind: "unique", rate: 0.1234 })).toBe("12.34 %");
    expect(formatIrr({ kind: "none" })).toBe("No IRR (cash flows never change sign)");
    expect(formatPayback({ reached: false })).toBe("Not reached");
    expect(formatBreakEven({ kind: "found", pricePerUnit: 2.853, priceFactor: 0.7 }, "USD", "lb")).toBe(`USD${NBSP}2.85 per lb`);
    expect(formatMetric(127_040_000, "money", "USD")).toBe("USD 127.0 M");
    expect(formatMetric(null, "percent", "USD")).toBe("—");
  });

  it("gives report figures fixed decimals so a column lines up", () => {
    expect(formatMetricFigure(11, "years")).toBe("11.0");
    expect(formatMetricFigure(8.66, "years")).toBe("8.7");
    expect(formatMetricFigure(-452_600_000, "money")).toBe("-452.6");
    expect(formatMetricFigure(1_000_000_000, "money")).toBe("1,000.0");
    expect(formatMetricFigure(0.2, "ratio")).toBe("0.20");
    expect(formatMetricFigure(Number.NaN, "percent")).toBe("—");
  });

  it("formats chart values and ticks by their kind", () => {
    expect(formatValue({ kind: "number", unit: "t", fractionDigits: 0 }, 12_000.4)).toBe("12,000 t");
    expect(formatValue({ kind: "percent" }, 87.5)).toBe("87.5 %");
    expect(formatTick({ kind: "money", currency: "USD" }, 1_250_000)).toBe("1.3");
  });
});

describe("numbers shown in the person's format (issue #15)", () => {
  it("writes a decimal comma with point groups (1.234,5) and leaves the en-GB layout as it is", () => {
    expect(formatNumber(1234567.891, 2, ",")).toBe("1.234.567,89");
    expect(formatNumber(-0.5, 2, ",")).toBe("-0,5");
    expect(formatMoney(1250000.5, "USD", 2, ",")).toBe(`USD${NBSP}1.250.000,50`);
    expect(formatMoneyMillions(-12_345_678, "USD", ",")).toBe("-USD 12,3 M");
    expect(formatPercent(12.5, 1, ",")).toBe("12,5 %");
    expect(formatMultiple(1.5, ",")).toBe("1,50×");
    expect(formatMetric(3.25, "years", "USD", ",")).toBe("3,3 years");
  });

  it("is unchanged under a decimal point", () => {
    expect(formatNumber(1234567.891, 2, ".")).toBe("1,234,567.89");
    expect(formatMoney(1250000.5, "USD", 2)).toBe(`USD${NBSP}1,250,000.50`);
  });
});
