"use client";

import type { ChartOptions, TooltipItem } from "chart.js";
import { formatMoney, formatPercent } from "@/app/ui/format";
import { Chart } from "./chart";
import { CHART_FONT, paletteColor } from "./chart-theme";
import { ChartFigure } from "./chart-figure";

export type ShareSlice = { label: string; total: number; sharePct: number };

/** Shares of a total by category (capex by category). Empty categories are left out of the chart, not the table. */
export function ShareDoughnutChart({ title, slices, currency }: { title: string; slices: ShareSlice[]; currency: string }) {
  const shown = slices.filter((slice) => slice.total > 0);
  const largest = [...shown].sort((a, b) => b.total - a.total)[0];
  const options: ChartOptions<"doughnut"> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: "right", labels: { font: CHART_FONT } },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<"doughnut">) => {
            const slice = shown[item.dataIndex];
            return slice ? `${slice.label}: ${formatMoney(slice.total, currency)} (${formatPercent(slice.sharePct)})` : "";
          },
        },
      },
    },
  };
  return (
    <ChartFigure
      title={title}
      summary={largest ? `The largest share is ${largest.label} with ${formatPercent(largest.sharePct)}.` : "Nothing to show."}
      columns={[{ label: "Category" }, { label: `Total (${currency})`, isNumeric: true }, { label: "Share (%)", isNumeric: true }]}
      rows={slices.map((slice) => [slice.label, formatMoney(slice.total, currency), formatPercent(slice.sharePct)])}
    >
      <Chart
        type="doughnut"
        data={{
          labels: shown.map((slice) => slice.label),
          datasets: [{ label: `Total (${currency})`, data: shown.map((slice) => slice.total), backgroundColor: shown.map((_, index) => paletteColor(index)), borderColor: "#fff", borderWidth: 2 }],
        }}
        options={options}
      />
    </ChartFigure>
  );
}
