"use client";

import { Chart as ChartJS, type ChartData, type ChartOptions, type LegendItem, type TooltipItem } from "chart.js";
import { Chart } from "./chart";
import { CHART_COLORS, CHART_FONT, paletteColor } from "./chart-theme";

// Bars per period (one or several stacked series) with an optional line on the same axis (cumulative, average).

export type BarSeries = { label: string; values: number[]; colorBySign?: boolean };
export type LineSeries = { label: string; values: number[]; isDashed?: boolean };

export type BarLineChartProps = {
  labels: string[];
  bars: BarSeries[];
  line?: LineSeries;
  xAxisTitle: string;
  yAxisTitle: string;
  isStacked?: boolean;
  /** Formats a value for tooltips and ticks (money with currency, tonnes, …). */
  formatValue: (value: number) => string;
  formatTick: (value: number) => string;
};

function barColors(series: BarSeries, index: number): string | string[] {
  if (!series.colorBySign) return paletteColor(index + 1);
  return series.values.map((value) => (value < 0 ? CHART_COLORS.negative : CHART_COLORS.positive));
}

function buildData({ labels, bars, line }: BarLineChartProps): ChartData<"bar" | "line", number[], string> {
  const barSets = bars.map((series, index) => ({
    type: "bar" as const,
    label: series.label,
    data: series.values,
    backgroundColor: barColors(series, index),
    order: 2,
  }));
  const lineSets = line
    ? [{ type: "line" as const, label: line.label, data: line.values, borderColor: CHART_COLORS.line, backgroundColor: CHART_COLORS.line, borderDash: line.isDashed ? [6, 4] : [], pointRadius: 2, tension: 0, order: 1 }]
    : [];
  return { labels, datasets: [...barSets, ...lineSets] };
}

/** Default legend items, except that a sign-coloured series shows its positive colour (not its first bar's). */
function legendLabels(chart: ChartJS, bars: readonly BarSeries[]): LegendItem[] {
  return ChartJS.defaults.plugins.legend.labels.generateLabels(chart).map((item) =>
    bars[item.datasetIndex ?? -1]?.colorBySign ? { ...item, fillStyle: CHART_COLORS.positive, strokeStyle: CHART_COLORS.positive } : item,
  );
}

function buildOptions(props: BarLineChartProps): ChartOptions<"bar" | "line"> {
  const axisTitle = (text: string) => ({ display: true, text, color: CHART_COLORS.text, font: CHART_FONT });
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: { position: "bottom", labels: { font: CHART_FONT, generateLabels: (chart) => legendLabels(chart, props.bars) } },
      tooltip: { callbacks: { label: (item: TooltipItem<"bar" | "line">) => `${item.dataset.label ?? ""}: ${props.formatValue(Number(item.raw))}` } },
    },
    scales: {
      x: { stacked: props.isStacked, title: axisTitle(props.xAxisTitle), grid: { display: false } },
      y: { stacked: props.isStacked, title: axisTitle(props.yAxisTitle), grid: { color: CHART_COLORS.grid }, ticks: { callback: (value) => props.formatTick(Number(value)) } },
    },
  };
}

export function BarLineChart(props: BarLineChartProps) {
  return <Chart type="bar" data={buildData(props)} options={buildOptions(props)} />;
}
