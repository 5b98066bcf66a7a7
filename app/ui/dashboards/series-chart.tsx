"use client";

import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { CHART_COLORS, CHART_FONT, paletteColor } from "@/app/ui/charts/chart-theme";
import { axisUnit, formatTick, formatValue, type ValueFormat } from "@/app/ui/format";

// Bars or lines over a category axis (years, months, equipment items), several series, one value axis.

export type Series = { label: string; values: (number | null)[]; kind?: "bar" | "line" };

export type SeriesChartProps = {
  title: string;
  /** One sentence for screen readers (what the chart shows and its main point). */
  summary: string;
  labels: string[];
  series: Series[];
  /** The category axis, with its unit: "Year", "Month (YYYY-MM)". */
  xAxisTitle: string;
  /** The quantity on the value axis, without its unit (added from `format`): "Cost", "Ore processed". */
  yAxisTitle: string;
  format: ValueFormat;
  kind?: "bar" | "line";
  isStacked?: boolean;
};

function buildData({ labels, series, kind = "bar" }: SeriesChartProps): ChartData<"bar" | "line", (number | null)[], string> {
  return {
    labels,
    datasets: series.map((s, index) => {
      const type = s.kind ?? kind;
      const color = paletteColor(index);
      return type === "line"
        ? { type, label: s.label, data: s.values, borderColor: color, backgroundColor: color, pointRadius: 2, tension: 0, spanGaps: true, order: 1 }
        : { type, label: s.label, data: s.values, backgroundColor: color, order: 2 };
    }),
  };
}

function buildOptions(props: SeriesChartProps): ChartOptions<"bar" | "line"> {
  const axisTitle = (text: string) => ({ display: true, text, color: CHART_COLORS.text, font: CHART_FONT });
  const label = (item: TooltipItem<"bar" | "line">) => `${item.dataset.label ?? ""}: ${formatValue(props.format, Number(item.raw))}`;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: "index", intersect: false },
    plugins: { legend: { position: "bottom", labels: { font: CHART_FONT } }, tooltip: { callbacks: { label } } },
    scales: {
      x: { stacked: props.isStacked, title: axisTitle(props.xAxisTitle), grid: { display: false } },
      y: {
        stacked: props.isStacked,
        title: axisTitle(`${props.yAxisTitle} (${axisUnit(props.format)})`),
        grid: { color: CHART_COLORS.grid },
        ticks: { callback: (value) => formatTick(props.format, Number(value)) },
      },
    },
  };
}

/** A titled chart with legend, formatted tooltips and its data as a table for screen readers and exact figures. */
export function SeriesChart(props: SeriesChartProps) {
  const columns = [{ label: props.xAxisTitle }, ...props.series.map((s) => ({ label: s.label, isNumeric: true }))];
  const rows = props.labels.map((label, i) => [label, ...props.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? "—" : formatValue(props.format, s.values[i] ?? 0)))]);
  return (
    <ChartFigure title={props.title} summary={props.summary} columns={columns} rows={rows}>
      <Chart type={props.kind ?? "bar"} data={buildData(props)} options={buildOptions(props)} />
    </ChartFigure>
  );
}
