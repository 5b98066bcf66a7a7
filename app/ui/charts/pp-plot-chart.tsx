"use client";

import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { formatNumber } from "@/app/ui/format";
import { Chart } from "./chart";
import { ChartFigure } from "./chart-figure";
import { CHART_COLORS, CHART_FONT } from "./chart-theme";

// A P–P plot: the fitted CDF at each sorted value against its empirical probability (i − 0.5)/n. A good fit lies on
// the diagonal; an S-shape says the tails are wrong. Both axes are probabilities on [0, 1].

export type PpPlotPoint = { empirical: number; fitted: number };

type PpPlotChartProps = {
  title: string;
  /** The text alternative: which family, how many points, and how far they stray from the diagonal. */
  summary: string;
  points: readonly PpPlotPoint[];
};

type XY = { x: number; y: number };

function buildData(points: readonly PpPlotPoint[]): ChartData<"line", XY[]> {
  return {
    datasets: [
      {
        label: "Fitted against empirical",
        data: points.map((p) => ({ x: p.empirical, y: p.fitted })),
        showLine: false,
        pointRadius: 3,
        borderColor: CHART_COLORS.positive,
        backgroundColor: CHART_COLORS.positive,
      },
      {
        label: "Perfect fit",
        data: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        pointRadius: 0,
        borderColor: CHART_COLORS.line,
        borderDash: [6, 4],
        borderWidth: 1.5,
      },
    ],
  };
}

const axis = (text: string) => ({
  type: "linear" as const,
  min: 0,
  max: 1,
  title: { display: true, text, color: CHART_COLORS.text, font: CHART_FONT },
  grid: { color: CHART_COLORS.grid },
});

const OPTIONS: ChartOptions<"line"> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: {
    legend: { position: "bottom", labels: { font: CHART_FONT } },
    tooltip: {
      callbacks: {
        label: (item: TooltipItem<"line">) => `empirical ${formatNumber(item.parsed.x, 3)}, fitted ${formatNumber(item.parsed.y, 3)}`,
      },
    },
  },
  scales: { x: axis("Empirical probability (i − 0.5)/n"), y: axis("Fitted CDF F(x)") },
};

/** The P–P plot of one fit, with its points as a table one click away. */
export function PpPlotChart({ title, summary, points }: PpPlotChartProps) {
  return (
    <ChartFigure
      title={title}
      summary={summary}
      columns={[{ label: "Point" }, { label: "Empirical probability", isNumeric: true }, { label: "Fitted CDF", isNumeric: true }]}
      rows={points.map((p, i) => [String(i + 1), formatNumber(p.empirical, 4), formatNumber(p.fitted, 4)])}
    >
      <Chart type="line" data={buildData(points)} options={OPTIONS} />
    </ChartFigure>
  );
}
