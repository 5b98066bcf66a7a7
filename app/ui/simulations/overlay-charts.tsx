"use client";

import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { CHART_FONT } from "@/app/ui/charts/chart-theme";
import { formatNumber, formatPercent } from "@/app/ui/format";
import { BASE_OPTIONS, linearAxis, SIM_COLORS } from "./chart-options";
import type { MetricDisplay } from "./metric-display";
import { tablePoints } from "./s-curve-chart";
import type { MetricView } from "./types";
import charts from "@/app/ui/charts/charts.module.css";

export type OverlaySeries = { label: string; metric: MetricView };
type XY = { x: number; y: number };

const STYLES = [
  { line: SIM_COLORS.bar, fill: "rgba(31, 111, 139, 0.25)" },
  { line: SIM_COLORS.second, fill: "rgba(124, 58, 237, 0.22)" },
] as const;

/** Histogram as a density (% of iterations per axis unit), so runs with different bins or iterations compare. */
export function densityPoints(metric: MetricView, display: MetricDisplay): XY[] {
  const histogram = metric.histogram;
  if (!histogram || metric.count === 0) return [];
  const points = histogram.counts.map((count, index) => {
    const from = display.toAxis(histogram.edges[index] ?? 0);
    const to = display.toAxis(histogram.edges[index + 1] ?? 0);
    const width = Math.abs(to - from) || 1;
    return { x: from, y: (100 * count) / metric.count / width };
  });
  const last = histogram.edges.at(-1);
  return last === undefined ? points : [...points, { x: display.toAxis(last), y: 0 }];
}

function options(display: MetricDisplay, yTitle: string, formatY: (y: number) => string, isStepped: boolean): ChartOptions<"line"> {
  return {
    ...BASE_OPTIONS,
    interaction: { mode: "nearest", axis: "x", intersect: false },
    plugins: {
      legend: { position: "bottom", labels: { font: CHART_FONT, usePointStyle: true, pointStyle: isStepped ? "rect" : "line" } },
      tooltip: { callbacks: { label: (item: TooltipItem<"line">) => `${item.dataset.label ?? ""}: ${formatY((item.raw as XY).y)} at ${display.format(display.fromAxis((item.raw as XY).x))}` } },
    },
    scales: { x: linearAxis(display.axisLabel), y: { ...linearAxis(yTitle, { decimals: isStepped ? 2 : 0 }), min: 0, max: isStepped ? undefined : 100 } },
  };
}

/** Two runs' distributions of a metric overlaid: densities (step lines) and S-curves. */
export function OverlayCharts({ series, display }: { series: readonly OverlaySeries[]; display: MetricDisplay }) {
  const density: ChartData<"line", XY[]> = {
    datasets: series.map((entry, index) => ({ label: entry.label, data: densityPoints(entry.metric, display), stepped: "before" as const, borderColor: STYLES[index % 2]?.line, backgroundColor: STYLES[index % 2]?.fill, fill: "origin", pointRadius: 0, borderWidth: 2 })),
  };
  const sCurves: ChartData<"line", XY[]> = {
    datasets: series.map((entry, index) => ({ label: entry.label, data: entry.metric.sCurve.map((point) => ({ x: display.toAxis(point.value), y: point.probability * 100 })), borderColor: STYLES[index % 2]?.line, backgroundColor: STYLES[index % 2]?.line, pointRadius: 0, borderWidth: 2, borderDash: index === 1 ? [6, 4] : [] })),
  };
  const densityTitle = `Density (% of iterations per ${display.axisLabel.replace(/^.*\((.*)\)$/, "$1")})`;
  const sCurveRows = series.map((entry) => tablePoints(entry.metric.sCurve));
  return (
    <div className={charts.row}>
      <ChartFigure
        title={`${display.label} distributions overlaid`}
        summary={`Step lines show how ${display.label} is distributed in each run; where they overlap the runs agree.`}
        columns={[{ label: "Run" }, { label: `From ${display.columnLabel}`, isNumeric: true }, { label: densityTitle, isNumeric: true }]}
        rows={series.flatMap((entry) => densityPoints(entry.metric, display).map((point) => [entry.label, formatNumber(point.x, 2), formatNumber(point.y, 3)]))}
      >
        <Chart type="line" data={density} options={options(display, densityTitle, (y) => formatNumber(y, 3), true)} />
      </ChartFigure>
      <ChartFigure
        title={`${display.label} S-curves overlaid`}
        summary={`Cumulative probability of ${display.label} in each run; where the curves coincide the runs agree.`}
        columns={[{ label: "Cumulative probability" }, ...series.map((entry) => ({ label: `${entry.label} ${display.columnLabel}`, isNumeric: true }))]}
        rows={(sCurveRows[0] ?? []).map((point, index) => [formatPercent(point.probability * 100, 0), ...sCurveRows.map((rows) => display.format(rows[index]?.value ?? Number.NaN))])}
      >
        <Chart type="line" data={sCurves} options={options(display, "Cumulative probability (%)", (y) => formatPercent(y, 0), false)} />
      </ChartFigure>
    </div>
  );
}
