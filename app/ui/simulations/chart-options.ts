import type { ScaleOptions } from "chart.js";
import { CHART_COLORS, CHART_FONT } from "@/app/ui/charts/chart-theme";
import { formatNumber } from "@/app/ui/format";
import { percentileLabel, percentileValue, type MetricDisplay } from "./metric-display";
import type { ValueMarker } from "./chart-markers";
import type { MetricView } from "./types";

/** Colours of the simulation charts (the shared theme plus the marker and band colours). */
export const SIM_COLORS = {
  bar: CHART_COLORS.positive,
  loss: CHART_COLORS.negative,
  accent: CHART_COLORS.line,
  tail: "#475569",
  band: "rgba(31, 111, 139, 0.16)",
  second: "#7c3aed",
  secondSoft: "rgba(124, 58, 237, 0.35)",
  firstSoft: "rgba(31, 111, 139, 0.45)",
} as const;

export function axisTitle(text: string) {
  return { display: true, text, color: CHART_COLORS.text, font: CHART_FONT };
}

/** A linear axis titled with its unit, ticks rounded for reading. */
export function linearAxis(title: string, options: { min?: number; max?: number; decimals?: number; showGrid?: boolean } = {}): ScaleOptions<"linear"> {
  return {
    type: "linear",
    min: options.min,
    max: options.max,
    title: axisTitle(title),
    grid: { display: options.showGrid ?? true, color: CHART_COLORS.grid },
    ticks: { callback: (value) => formatNumber(Number(value), options.decimals ?? 1) },
  };
}

export const BASE_OPTIONS = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/**
 * P5 / P50 / P95 markers (those the run computed) on the x axis of a metric chart. `isLabelAtProbability` puts
 * each label at its probability on the y axis (S-curves: where the line meets the curve, so labels never overprint).
 */
export function percentileMarkers(metric: MetricView, display: MetricDisplay, options: { isLabelAtProbability?: boolean } = {}): ValueMarker[] {
  return [0.05, 0.5, 0.95].flatMap((p) => {
    const value = percentileValue(metric.percentiles, p);
    if (value === undefined) return [];
    const marker: ValueMarker = { value: display.toAxis(value), label: `${percentileLabel(p)} ${display.format(value)}`, color: p === 0.5 ? SIM_COLORS.accent : SIM_COLORS.tail };
    return [options.isLabelAtProbability ? { ...marker, labelY: p * 100 } : marker];
  });
}
