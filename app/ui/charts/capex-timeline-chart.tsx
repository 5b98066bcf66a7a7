"use client";

import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import { BarLineChart } from "./bar-line-chart";
import { ChartFigure } from "./chart-figure";

export type CapexTimelinePoint = { label: string; spend: number; cumulativeSpend: number };

/** Capital spend per period including contingency (bars) and the cumulative spend (line). */
export function CapexTimelineChart({ points, currency }: { points: CapexTimelinePoint[]; currency: string }) {
  const show = useNumberDisplay();
  const title = `Capital spend timeline (${currency}, with contingency)`;
  const last = points.at(-1);
  return (
    <ChartFigure
      title={title}
      summary={`Bars show the spend of each year, the line the cumulative spend${last ? `, reaching ${show.money(last.cumulativeSpend, currency)}` : ""}.`}
      columns={[{ label: "Year" }, { label: `Spend (${currency})`, isNumeric: true }, { label: `Cumulative spend (${currency})`, isNumeric: true }]}
      rows={points.map((point) => [point.label, show.money(point.spend, currency), show.money(point.cumulativeSpend, currency)])}
    >
      <BarLineChart
        labels={points.map((point) => point.label)}
        bars={[{ label: `Spend (${currency})`, values: points.map((point) => point.spend) }]}
        line={{ label: `Cumulative spend (${currency})`, values: points.map((point) => point.cumulativeSpend) }}
        xAxisTitle="Year (project period)"
        yAxisTitle={`Spend (${currency} million)`}
        formatValue={(value) => show.money(value, currency)}
        formatTick={(value) => show.number(value / 1e6, 1)}
      />
    </ChartFigure>
  );
}
