"use client";

import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import { BarLineChart } from "./bar-line-chart";
import { ChartFigure } from "./chart-figure";

export type OpexTimelineSeries = { label: string; values: number[] };

type OpexTimelineChartProps = {
  labels: string[];
  /** One series per category (stacked), escalated cost per period. */
  series: OpexTimelineSeries[];
  annualAverage: number;
  currency: string;
};

/** Escalated operating cost per period, stacked by category, with the annual average as a dashed line. */
export function OpexTimelineChart({ labels, series, annualAverage, currency }: OpexTimelineChartProps) {
  const show = useNumberDisplay();
  const title = `Operating cost timeline (${currency}, escalated)`;
  const totals = labels.map((_, index) => series.reduce((sum, item) => sum + (item.values[index] ?? 0), 0));
  return (
    <ChartFigure
      title={title}
      summary={`Stacked bars show each year's operating cost by category; the dashed line is the annual average of ${show.money(annualAverage, currency)}.`}
      columns={[{ label: "Year" }, ...series.map((item) => ({ label: `${item.label} (${currency})`, isNumeric: true })), { label: `Total (${currency})`, isNumeric: true }]}
      rows={labels.map((label, index) => [label, ...series.map((item) => show.money(item.values[index] ?? 0, currency)), show.money(totals[index] ?? 0, currency)])}
    >
      <BarLineChart
        labels={labels}
        bars={series}
        isStacked
        line={{ label: `Annual average (${currency})`, values: labels.map(() => annualAverage), isDashed: true }}
        xAxisTitle="Year (project period)"
        yAxisTitle={`Operating cost (${currency} million)`}
        formatValue={(value) => show.money(value, currency)}
        formatTick={(value) => show.number(value / 1e6, 1)}
      />
    </ChartFigure>
  );
}
