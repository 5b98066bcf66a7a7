"use client";

import { useMemo } from "react";
import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { formatPercent } from "@/app/ui/format";
import { createMarkerPlugin, legendWithMarkers, markersKey } from "./chart-markers";
import { BASE_OPTIONS, linearAxis, percentileMarkers, SIM_COLORS } from "./chart-options";
import type { MetricDisplay } from "./metric-display";
import type { MetricView } from "./types";
import emptyStates from "@/app/ui/common/empty-state.module.css";

type Point = { probability: number; value: number };

/** Every 5 % of probability for the table (the S-curve usually has 101 points). */
export function tablePoints(points: readonly Point[]): Point[] {
  const everyFive = points.filter((point) => Math.abs(point.probability * 20 - Math.round(point.probability * 20)) < 1e-9);
  return everyFive.length >= 3 ? everyFive : [...points];
}

function buildOptions(display: MetricDisplay, markers: ReturnType<typeof percentileMarkers>): ChartOptions<"line"> {
  return {
    ...BASE_OPTIONS,
    interaction: { mode: "nearest", axis: "x", intersect: false },
    plugins: {
      legend: legendWithMarkers<"line">(markers),
      tooltip: {
        callbacks: {
          title: () => "",
          label: (item: TooltipItem<"line">) => {
            const point = item.raw as { x: number; y: number };
            return `${formatPercent(point.y, 0)} of iterations at or below ${display.format(display.fromAxis(point.x))}`;
          },
        },
      },
    },
    scales: {
      x: linearAxis(display.axisLabel),
      y: { ...linearAxis("Cumulative probability (%)", { min: 0, max: 100, decimals: 0 }) },
    },
  };
}

/** The cumulative distribution (S-curve) of a metric: probability of a value at or below x. */
export function SCurveChart({ metric, display }: { metric: MetricView; display: MetricDisplay }) {
  const markers = useMemo(() => percentileMarkers(metric, display, { isLabelAtProbability: true }), [metric, display]);
  const plugin = useMemo(() => createMarkerPlugin<"line">(markers), [markers]);
  if (metric.sCurve.length === 0) return <p className={emptyStates.inline}>No S-curve: no iteration gave a finite {display.label}.</p>;
  const data: ChartData<"line", { x: number; y: number }[]> = {
    datasets: [
      {
        label: `Cumulative probability of ${display.label}`,
        data: metric.sCurve.map((point) => ({ x: display.toAxis(point.value), y: point.probability * 100 })),
        borderColor: SIM_COLORS.bar,
        backgroundColor: SIM_COLORS.bar,
        pointRadius: 0,
        borderWidth: 2,
        tension: 0,
      },
    ],
  };
  return (
    <ChartFigure
      title={`S-curve: cumulative probability of ${display.label}`}
      summary={`The curve rises from 0 % at ${display.format(metric.min)} to 100 % at ${display.format(metric.max)}.`}
      columns={[{ label: "Cumulative probability" }, { label: display.columnLabel, isNumeric: true }]}
      rows={tablePoints(metric.sCurve).map((point) => [formatPercent(point.probability * 100, 0), display.format(point.value)])}
    >
      <Chart key={markersKey(markers)} type="line" data={data} options={buildOptions(display, markers)} plugins={[plugin]} />
    </ChartFigure>
  );
}
