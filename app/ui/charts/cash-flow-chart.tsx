"use client";

import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import { BarLineChart } from "./bar-line-chart";
import { ChartFigure } from "./chart-figure";

export type CashFlowChartPoint = { label: string; cashFlow: number; cumulative: number };

/** After-tax cash flow per period (bars, red when negative) and the cumulative cash flow (line). */
export function CashFlowChart({ points, currency }: { points: CashFlowChartPoint[]; currency: string }) {
  const show = useNumberDisplay();
  const title = `After-tax cash flow by year (${currency})`;
  const last = points.at(-1);
  const summary = `Bars show each year's after-tax cash flow, the line the cumulative cash flow${last ? `, ending at ${show.money(last.cumulative, currency)}` : ""}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      columns={[{ label: "Year" }, { label: `Cash flow (${currency})`, isNumeric: true }, { label: `Cumulative (${currency})`, isNumeric: true }]}
      rows={points.map((point) => [point.label, show.money(point.cashFlow, currency), show.money(point.cumulative, currency)])}
    >
      <BarLineChart
        labels={points.map((point) => point.label)}
        bars={[{ label: `After-tax cash flow (${currency})`, values: points.map((point) => point.cashFlow), colorBySign: true }]}
        line={{ label: `Cumulative cash flow (${currency})`, values: points.map((point) => point.cumulative) }}
        xAxisTitle="Year (project period)"
        yAxisTitle={`Cash flow (${currency} million)`}
        formatValue={(value) => show.money(value, currency)}
        formatTick={(value) => show.number(value / 1e6, 1)}
      />
    </ChartFigure>
  );
}
