"use client";

import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { CHART_FONT } from "@/app/ui/charts/chart-theme";
import { formatNumber } from "@/app/ui/format";
import { BASE_OPTIONS, linearAxis, SIM_COLORS } from "./chart-options";
import type { MetricDisplay } from "./metric-display";
import type { ConvergenceView, MetricView } from "./types";
import emptyStates from "@/app/ui/common/empty-state.module.css";

type XY = { x: number; y: number };
const UPPER = " ± 2 SE";
const BAND_SUFFIX = " ± 2 SE (lower edge)";

function series(points: readonly ConvergenceView[], pick: (point: ConvergenceView) => number, display: MetricDisplay): XY[] {
  return points.map((point) => ({ x: point.iterations, y: display.toAxis(pick(point)) }));
}

/** A line with its ±2 SE band: the upper edge fills down to the lower edge (the next dataset). */
function withBand(label: string, color: string, band: string, mid: XY[], upper: XY[], lower: XY[]): ChartDataset<"line", XY[]>[] {
  const edge = { borderWidth: 0, pointRadius: 0, backgroundColor: band, borderColor: band };
  return [
    { label, data: mid, borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 2, fill: false },
    { label: `${label}${UPPER}`, data: upper, ...edge, fill: "+1" },
    { label: `${label}${BAND_SUFFIX}`, data: lower, ...edge, fill: false },
  ];
}

function buildData(points: readonly ConvergenceView[], display: MetricDisplay): ChartData<"line", XY[]> {
  const mean = withBand("Mean", SIM_COLORS.bar, SIM_COLORS.band, series(points, (p) => p.mean, display), series(points, (p) => p.mean + 2 * p.meanStandardError, display), series(points, (p) => p.mean - 2 * p.meanStandardError, display));
  const p50 = withBand("P50", SIM_COLORS.accent, "rgba(156, 74, 26, 0.14)", series(points, (p) => p.p50, display), series(points, (p) => p.p50 + 2 * p.p50StandardError, display), series(points, (p) => p.p50 - 2 * p.p50StandardError, display));
  return { datasets: [...mean, ...p50] };
}

function buildOptions(display: MetricDisplay): ChartOptions<"line"> {
  return {
    ...BASE_OPTIONS,
    interaction: { mode: "index", intersect: false },
    plugins: {
      // The band's lower edge is not a series of its own: one legend entry ("Mean ± 2 SE") stands for the band.
      legend: { position: "bottom", labels: { font: CHART_FONT, filter: (item) => !item.text.endsWith(BAND_SUFFIX) } },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<"line">[]) => `${formatNumber((items[0]?.raw as XY | undefined)?.x ?? 0, 0)} iterations`,
          label: (item: TooltipItem<"line">) => `${(item.dataset.label ?? "").replace(BAND_SUFFIX, " − 2 SE").replace(UPPER, " + 2 SE")}: ${display.format(display.fromAxis((item.raw as XY).y))}`,
        },
      },
    },
    scales: { x: linearAxis("Iterations (count)", { decimals: 0 }), y: linearAxis(display.axisLabel, { decimals: 2 }) },
  };
}

/** Mean and P50 of a metric as the iterations accumulate, each with a ±2 standard-error band. */
export function ConvergenceChart({ metric, display }: { metric: MetricView; display: MetricDisplay }) {
  const points = metric.convergence;
  if (points.length === 0) return <p className={emptyStates.inline}>No convergence data for {display.label}.</p>;
  const last = points.at(-1);
  const summary = last ? `After ${formatNumber(last.iterations, 0)} iterations the mean is ${display.format(last.mean)} ± ${display.format(2 * last.meanStandardError)} (2 SE).` : "";
  return (
    <ChartFigure
      title={`Convergence of the mean and P50 of ${display.label} (±2 standard errors)`}
      summary={summary}
      columns={[{ label: "Iterations" }, { label: `Mean ${display.columnLabel}`, isNumeric: true }, { label: "± 2 SE", isNumeric: true }, { label: `P50 ${display.columnLabel}`, isNumeric: true }, { label: "± 2 SE", isNumeric: true }]}
      rows={points.map((p) => [formatNumber(p.iterations, 0), display.format(p.mean), display.format(2 * p.meanStandardError), display.format(p.p50), display.format(2 * p.p50StandardError)])}
    >
      <Chart type="line" data={buildData(points, display)} options={buildOptions(display)} />
    </ChartFigure>
  );
}
