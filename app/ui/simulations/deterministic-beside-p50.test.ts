import { describe, expect, it } from "vitest";
import { deterministicValueOf, describeP50Gap, p50BesideDeterministic } from "./deterministic-beside-p50";
import { metricDisplay } from "./metric-display";
import type { MetricView } from "./types";

const npvMetric = (p50: number | null): MetricView =>
  ({ metric: "npv", percentiles: p50 === null ? [] : [{ p: 0.5, value: p50 }] }) as unknown as MetricView;

describe("the deterministic figure beside the P50", () => {
  it("labels both and says how far apart they are (the low-price branch: 297 M beside a P50 of 470 M)", () => {
    const cards = p50BesideDeterministic(npvMetric(470e6), metricDisplay("npv", "USD"), 297e6);
    expect(cards.map((card) => card.label)).toEqual(["P50", "Deterministic (run's inputs)"]);
    expect(cards[0]?.value).toMatch(/470/);
    expect(cards[1]?.value).toMatch(/297/);
    expect(cards[1]?.note).toMatch(/valued at the end of period 0\. P50 is 58 % above it\.$/);
  });

  it("says when the run has no such figure or the metric has none", () => {
    expect(p50BesideDeterministic(npvMetric(1), metricDisplay("npv", "USD"), undefined)).toEqual([]);
    const irr = p50BesideDeterministic({ ...npvMetric(0.12), metric: "irr" }, metricDisplay("irr", "USD"), null);
    expect(irr[1]?.value).toBe("No unique IRR");
    expect(p50BesideDeterministic(npvMetric(null), metricDisplay("npv", "USD"), 5)[0]?.value).toBe("Not computed");
  });

  it("reads NPV and IRR from the run, nothing for paybacks or a run without figures", () => {
    const figures = { npv: 297e6, irr: 0.14 };
    expect(deterministicValueOf("npv", figures)).toBe(297e6);
    expect(deterministicValueOf("irr", figures)).toBe(0.14);
    expect(deterministicValueOf("payback", figures)).toBeUndefined();
    expect(deterministicValueOf("npv", null)).toBeUndefined();
    expect(describeP50Gap(90, 100)).toBe(" P50 is 10 % below it.");
    expect(describeP50Gap(90, 0)).toBe("");
  });
});
