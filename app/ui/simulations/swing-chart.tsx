"use client";

import { useMemo } from "react";
import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { formatNumber } from "@/app/ui/format";
import { createMarkerPlugin, legendWithMarkers, markersKey, type ValueMarker } from "./chart-markers";
import { axisTitle, BASE_OPTIONS, linearAxis, SIM_COLORS } from "./chart-options";
import type { MetricDisplay } from "./metric-display";
import type { SensitivityView, SwingView } from "./types";
import charts from "@/app/ui/charts/charts.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";

/** Widest swing first. */
export function sortSwings(bars: readonly SwingView[]): SwingView[] {
  return [...bars].sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing) || a.name.localeCompare(b.name));
}

function buildOptions(bars: SwingView[], display: MetricDisplay, markers: ValueMarker[]): ChartOptions<"bar"> {
  return {
    ...BASE_OPTIONS,
    indexAxis: "y",
    plugins: {
      legend: legendWithMarkers<"bar">(markers),
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<"bar">) => {
            const bar = bars[item.dataIndex];
            if (!bar) return "";
            const isLow = item.datasetIndex === 0;
            return `${isLow ? "At P10" : "At P90"} (${formatNumber(isLow ? bar.low : bar.high, 4)}): ${display.format(isLow ? bar.npvAtLow : bar.npvAtHigh)}`;
          },
        },
      },
    },
    scales: {
      x: linearAxis(display.axisLabel),
      y: { type: "category", title: axisTitle("Input variable"), grid: { display: false } },
    },
  };
}

/** One-at-a-time swings: NPV with each input at its P10 and at its P90, as bars from the base NPV. */
export function SwingChart({ sensitivity, display }: { sensitivity: SensitivityView; display: MetricDisplay }) {
  const { baseNpv } = sensitivity.swings;
  const bars = useMemo(() => sortSwings(sensitivity.swings.bars), [sensitivity.swings.bars]);
  const markers = useMemo((): ValueMarker[] => [{ value: display.toAxis(baseNpv), label: `Base NPV ${display.format(baseNpv)}`, color: SIM_COLORS.tail, isDashed: false, isLabelAtBottom: true }], [baseNpv, display]);
  const plugin = useMemo(() => createMarkerPlugin<"bar">(markers), [markers]);
  if (bars.length === 0) return <p className={emptyStates.inline}>No swings: the scenario has no stochastic inputs.</p>;
  const base = display.toAxis(baseNpv);
  const data: ChartData<"bar", [number, number][], string> = {
    labels: bars.map((bar) => bar.name),
    datasets: [
      { label: "Input at its P10", data: bars.map((bar): [number, number] => [base, display.toAxis(bar.npvAtLow)]), backgroundColor: SIM_COLORS.firstSoft, borderColor: SIM_COLORS.bar, borderWidth: 1, grouped: false },
      { label: "Input at its P90", data: bars.map((bar): [number, number] => [base, display.toAxis(bar.npvAtHigh)]), backgroundColor: SIM_COLORS.secondSoft, borderColor: SIM_COLORS.second, borderWidth: 1, grouped: false },
    ],
  };
  const heightPx = Math.max(220, 80 + bars.length * 30);
  return (
    <ChartFigure
      title={`One-at-a-time swings of NPV around the base NPV (${display.format(baseNpv)}): each input at its P10 and P90, the others at base values`}
      summary={`Widest swing: ${bars[0]?.name ?? ""}, from ${display.format(bars[0]?.npvAtLow ?? Number.NaN)} to ${display.format(bars[0]?.npvAtHigh ?? Number.NaN)}.`}
      columns={[{ label: "Input variable" }, { label: "Input at P10", isNumeric: true }, { label: "NPV at P10", isNumeric: true }, { label: "Input at P90", isNumeric: true }, { label: "NPV at P90", isNumeric: true }, { label: "Swing", isNumeric: true }]}
      rows={bars.map((bar) => [bar.name, formatNumber(bar.low, 4), display.format(bar.npvAtLow), formatNumber(bar.high, 4), display.format(bar.npvAtHigh), display.format(bar.swing)])}
    >
      <div style={{ height: heightPx }} className={charts.tall}>
        <Chart key={markersKey(markers)} type="bar" data={data} options={buildOptions(bars, display, markers)} plugins={[plugin]} />
      </div>
    </ChartFigure>
  );
}
