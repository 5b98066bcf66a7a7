"use client";

import { useMemo } from "react";
import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { formatNumber, formatRatioAsPercent } from "@/app/ui/format";
import { createMarkerPlugin, legendWithMarkers, markersKey, type ValueMarker } from "./chart-markers";
import { BASE_OPTIONS, linearAxis, percentileMarkers, SIM_COLORS } from "./chart-options";
import type { MetricDisplay } from "./metric-display";
import type { HistogramView, MetricView } from "./types";
import emptyStates from "@/app/ui/common/empty-state.module.css";

type Bin = { from: number; to: number; count: number };

export function toBins(histogram: HistogramView): Bin[] {
  return histogram.counts.map((count, index) => ({ from: histogram.edges[index] ?? 0, to: histogram.edges[index + 1] ?? 0, count }));
}

function buildOptions(bins: Bin[], total: number, display: MetricDisplay, markers: ValueMarker[]): ChartOptions<"bar"> {
  const first = bins[0];
  const last = bins.at(-1);
  return {
    ...BASE_OPTIONS,
    plugins: {
      legend: legendWithMarkers<"bar">(markers),
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<"bar">[]) => {
            const bin = bins[items[0]?.dataIndex ?? 0];
            return bin ? `${display.format(bin.from)} to ${display.format(bin.to)}` : "";
          },
          label: (item: TooltipItem<"bar">) => {
            const count = bins[item.dataIndex]?.count ?? 0;
            return `${formatNumber(count, 0)} iterations (${formatRatioAsPercent(total > 0 ? count / total : 0)})`;
          },
        },
      },
    },
    scales: {
      x: { ...linearAxis(display.axisLabel, { min: first ? display.toAxis(first.from) : undefined, max: last ? display.toAxis(last.to) : undefined, showGrid: false }), ticks: { includeBounds: false, callback: (value) => formatNumber(Number(value), 1) } },
      y: { ...linearAxis("Iterations (count)", { decimals: 0 }), beginAtZero: true },
    },
  };
}

/** Bars on a linear axis (bin centres), touching; bins below zero in red for NPV (the loss side). */
function buildData(bins: Bin[], display: MetricDisplay): ChartData<"bar", { x: number; y: number }[]> {
  const isNpv = display.key === "npv";
  return {
    datasets: [
      {
        label: `Iterations per ${display.label} bin`,
        data: bins.map((bin) => ({ x: display.toAxis((bin.from + bin.to) / 2), y: bin.count })),
        backgroundColor: bins.map((bin) => (isNpv && bin.to <= 0 ? SIM_COLORS.loss : SIM_COLORS.bar)),
        barPercentage: 1,
        categoryPercentage: 1,
        borderWidth: 0,
      },
    ],
  };
}

/** The distribution of a metric with labelled P5 / P50 / P95 lines, and its bins as a table. */
export function HistogramChart({ metric, display }: { metric: MetricView; display: MetricDisplay }) {
  const histogram = metric.histogram;
  const bins = useMemo(() => (histogram ? toBins(histogram) : []), [histogram]);
  const markers = useMemo(() => percentileMarkers(metric, display), [metric, display]);
  const plugin = useMemo(() => createMarkerPlugin<"bar">(markers), [markers]);
  const title = `Distribution of ${display.label} over ${formatNumber(metric.count, 0)} iterations`;
  if (bins.length === 0) return <p className={emptyStates.inline}>No histogram: no iteration gave a finite {display.label}.</p>;
  const summary = `Histogram of ${display.label} in ${bins.length} bins; ${markers.map((marker) => marker.label).join(", ")}.`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      columns={[{ label: `${display.label} bin` }, { label: "Iterations", isNumeric: true }, { label: "Share", isNumeric: true }]}
      rows={bins.map((bin) => [`${display.format(bin.from)} to ${display.format(bin.to)}`, formatNumber(bin.count, 0), formatRatioAsPercent(metric.count > 0 ? bin.count / metric.count : 0)])}
    >
      <Chart key={markersKey(markers)} type="bar" data={buildData(bins, display)} options={buildOptions(bins, metric.count, display, markers)} plugins={[plugin]} />
    </ChartFigure>
  );
}
