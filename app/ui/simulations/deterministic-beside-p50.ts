import type { MetricCard } from "@/app/ui/common/metric-grid";
import { formatRatioAsPercent } from "@/app/ui/format";
import { percentileValue, type MetricDisplay } from "./metric-display";
import type { MetricView, RunResultsView } from "./types";

// A P50 far from the deterministic figure says the distributions are not centred on the scenario's inputs (an
// inherited absolute price distribution, a skewed cost range): both are shown side by side, labelled, for NPV and IRR.

/** The deterministic value of a metric, when the run has one for it (NPV, IRR); undefined for the others. */
export function deterministicValueOf(metric: MetricView["metric"], deterministic: RunResultsView["deterministic"]): number | null | undefined {
  if (!deterministic) return undefined;
  if (metric === "npv") return deterministic.npv;
  if (metric === "irr") return deterministic.irr;
  return undefined;
}

/** "P50 is 58 % above the deterministic figure"; empty when either is missing or the deterministic figure is 0. */
export function describeP50Gap(p50: number | undefined, deterministic: number | null): string {
  if (p50 === undefined || deterministic === null || deterministic === 0) return "";
  const gap = (p50 - deterministic) / Math.abs(deterministic);
  return ` P50 is ${formatRatioAsPercent(Math.abs(gap), 0)} ${gap >= 0 ? "above" : "below"} it.`;
}

/**
 * The P50 and, beside it, the deterministic figure of the run's inputs; no cards for a metric without one.
 * @param deterministic - from {@link deterministicValueOf}: undefined = not available, null = no value (no unique IRR)
 */
export function p50BesideDeterministic(metric: MetricView, display: MetricDisplay, deterministic: number | null | undefined): MetricCard[] {
  if (deterministic === undefined) return [];
  const p50 = percentileValue(metric.percentiles, 0.5);
  const what = metric.metric === "npv" ? "after tax, valued at the end of period 0" : "after tax";
  return [
    { label: "P50", value: p50 === undefined ? "Not computed" : display.format(p50), note: `Half the iterations give ${display.withArticle} at or below it.` },
    {
      label: "Deterministic (run's inputs)",
      value: deterministic === null ? `No unique ${display.label}` : display.format(deterministic),
      note: `The model at its inputs, without draws, ${what}.${describeP50Gap(p50, deterministic)}`,
    },
  ];
}
