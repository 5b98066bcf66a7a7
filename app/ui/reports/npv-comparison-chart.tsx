"use client";

import { BarLineChart } from "@/app/ui/charts/bar-line-chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { formatMoneyMillions, formatNumber } from "@/app/ui/format";
import styles from "./reports.module.css";

export type NpvBar = { name: string; npv: number | null; p10: number | null; p90: number | null };

/** Deterministic NPV of each scenario (bars, red when negative), with the Monte Carlo P10–P90 range in the table. */
export function NpvComparisonChart({ bars, currency }: { bars: NpvBar[]; currency: string }) {
  const format = (value: number) => formatMoneyMillions(value, currency);
  const values = bars.map((bar) => (bar.npv === null ? 0 : bar.npv / 1e6));
  return (
    <ChartFigure
      title={`NPV by scenario (${currency} M)`}
      summary={bars.map((bar) => `${bar.name}: ${bar.npv === null ? "no value" : format(bar.npv)}`).join("; ")}
      columns={[{ label: "Scenario" }, { label: `NPV (${currency})`, isNumeric: true }, { label: "P10", isNumeric: true }, { label: "P90", isNumeric: true }]}
      rows={bars.map((bar) => [bar.name, bar.npv === null ? "—" : format(bar.npv), bar.p10 === null ? "—" : format(bar.p10), bar.p90 === null ? "—" : format(bar.p90)])}
    >
      <div className={styles.chart}>
        <BarLineChart
          labels={bars.map((bar) => bar.name)}
          bars={[{ label: "NPV", values, colorBySign: true }]}
          xAxisTitle="Scenario"
          yAxisTitle={`NPV (${currency} M)`}
          formatValue={(value) => format(value * 1e6)}
          formatTick={(value) => formatNumber(value, 0)}
        />
      </div>
    </ChartFigure>
  );
}
