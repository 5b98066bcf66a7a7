"use client";

import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { CHART_COLORS, CHART_FONT } from "@/app/ui/charts/chart-theme";
import { formatMoney, formatNumber } from "@/app/ui/format";

// NPV distributions side by side as percentile bars: a floating bar from the low to the high percentile and a
// marker at the median, one per scenario (or project). Rows without a run are listed in the table only.

export type NpvRange = { label: string; low: number | null; median: number | null; high: number | null; mean: number | null };

type Props = { title: string; ranges: NpvRange[]; currency: string; lowLabel: string; highLabel: string; xAxisTitle: string };

function buildData({ ranges, lowLabel, highLabel }: Props): ChartData<"bar" | "line", (number | [number, number] | null)[], string> {
  const drawn = ranges.filter((r) => r.low !== null && r.high !== null);
  return {
    labels: drawn.map((r) => r.label),
    datasets: [
      { type: "bar", label: `${lowLabel}–${highLabel} range`, data: drawn.map((r) => [r.low ?? 0, r.high ?? 0] as [number, number]), backgroundColor: "rgba(31, 111, 139, 0.35)", borderColor: CHART_COLORS.positive, borderWidth: 1, order: 2 },
      { type: "line", label: "P50 (median)", data: drawn.map((r) => r.median), showLine: false, pointStyle: "line", pointRadius: 14, pointBorderWidth: 3, borderColor: CHART_COLORS.line, backgroundColor: CHART_COLORS.line, order: 1 },
    ],
  };
}

function buildOptions({ currency, xAxisTitle }: Props): ChartOptions<"bar" | "line"> {
  const axisTitle = (text: string) => ({ display: true, text, color: CHART_COLORS.text, font: CHART_FONT });
  const label = (item: TooltipItem<"bar" | "line">) => {
    const raw = item.raw as number | [number, number];
    const text = Array.isArray(raw) ? `${formatMoney(raw[0], currency)} to ${formatMoney(raw[1], currency)}` : formatMoney(raw, currency);
    return `${item.dataset.label ?? ""}: ${text}`;
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: "bottom", labels: { font: CHART_FONT } }, tooltip: { callbacks: { label } } },
    scales: {
      x: { title: axisTitle(xAxisTitle), grid: { display: false } },
      y: { title: axisTitle(`NPV (${currency} million)`), grid: { color: CHART_COLORS.grid }, ticks: { callback: (v) => formatNumber(Number(v) / 1e6, 0) } },
    },
  };
}

export function NpvRangeChart(props: Props) {
  const { ranges, currency, lowLabel, highLabel } = props;
  const withRuns = ranges.filter((r) => r.median !== null).length;
  return (
    <ChartFigure
      title={props.title}
      summary={`${lowLabel} to ${highLabel} range and median NPV of ${withRuns} of ${ranges.length} with a simulation run.`}
      columns={[{ label: props.xAxisTitle }, { label: `${lowLabel} (${currency})`, isNumeric: true }, { label: `P50 (${currency})`, isNumeric: true }, { label: `${highLabel} (${currency})`, isNumeric: true }, { label: `Mean (${currency})`, isNumeric: true }]}
      rows={ranges.map((r) => [r.label, formatMoney(r.low, currency), formatMoney(r.median, currency), formatMoney(r.high, currency), formatMoney(r.mean, currency)])}
    >
      <Chart type="bar" data={buildData(props)} options={buildOptions(props)} />
    </ChartFigure>
  );
}
