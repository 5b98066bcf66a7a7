"use client";

import type { ChartData, ChartOptions, PointStyle, TooltipItem } from "chart.js";
import { formatMoneyMillions, formatNumber } from "@/app/ui/format";
import { Chart } from "./chart";
import { ChartFigure } from "./chart-figure";
import { CHART_COLORS, CHART_FONT, paletteColor } from "./chart-theme";

// A spider (sensitivity) chart: NPV against the % change of one driver at a time, one line per driver, every line
// through the shared base point at 0 %. x is a linear scale so uneven steps sit at their true distance.

export type SpiderPoint = { changePct: number; npv: number };
export type SpiderLine = { label: string; points: SpiderPoint[] };

type SpiderChartProps = {
  title: string;
  /** The text alternative: what the lines show and which driver matters most. */
  summary: string;
  lines: SpiderLine[];
  /** The steps as column headers of the data table ("−30 %", "Base", …), in the points' order. */
  changeLabels: string[];
  currency: string;
  /** Names the NPV on the y axis, short enough for a phone's 320 px tall chart, e.g. "NPV" (the title names the rate and tax basis); the unit is added. */
  npvName: string;
};

// Shapes as well as colours, so the lines stay apart in greyscale print and for colour-blind readers.
const POINT_STYLES: PointStyle[] = ["circle", "rect", "triangle", "rectRot", "star", "crossRot"];

type XY = { x: number; y: number };

/** "+10 %", "−30 %", "0 %" for the x axis. */
function formatChangeTick(changePct: number): string {
  const magnitude = `${formatNumber(Math.abs(changePct), 1)} %`;
  return changePct > 0 ? `+${magnitude}` : changePct < 0 ? `−${magnitude}` : magnitude;
}

function buildData(lines: readonly SpiderLine[]): ChartData<"line", XY[]> {
  return {
    datasets: lines.map((line, index) => ({
      label: line.label,
      data: line.points.map((point) => ({ x: point.changePct, y: point.npv })),
      borderColor: paletteColor(index),
      backgroundColor: paletteColor(index),
      pointStyle: POINT_STYLES[index % POINT_STYLES.length],
      pointRadius: 4,
      borderWidth: 2,
      tension: 0,
    })),
  };
}

function buildOptions({ currency, npvName }: SpiderChartProps): ChartOptions<"line"> {
  const axisTitle = (text: string) => ({ display: true, text, color: CHART_COLORS.text, font: CHART_FONT });
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: { position: "bottom", labels: { font: CHART_FONT, usePointStyle: true } },
      tooltip: {
        callbacks: {
          title: (items: TooltipItem<"line">[]) => formatChangeTick(items[0]?.parsed.x ?? 0),
          label: (item: TooltipItem<"line">) => `${item.dataset.label ?? ""}: ${formatMoneyMillions(item.parsed.y, currency)}`,
        },
      },
    },
    scales: {
      x: { type: "linear", title: axisTitle("Change from the base (%)"), grid: { color: CHART_COLORS.grid }, ticks: { callback: (value) => formatChangeTick(Number(value)) } },
      y: {
        type: "linear",
        title: axisTitle(`${npvName} (${currency} M)`),
        // The zero line is where the NPV breaks even: drawn darker than the rest of the grid.
        grid: { color: (context) => (context.tick.value === 0 ? CHART_COLORS.text : CHART_COLORS.grid) },
        ticks: { callback: (value) => formatNumber(Number(value) / 1e6, 1) },
      },
    },
  };
}

/** NPV per driver and % change, with its data as a table one click away. */
export function SpiderChart(props: SpiderChartProps) {
  const { title, summary, lines, changeLabels, currency } = props;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      columns={[{ label: "Driver" }, ...changeLabels.map((label) => ({ label: `${label} (${currency} M)`, isNumeric: true }))]}
      rows={lines.map((line) => [line.label, ...line.points.map((point) => formatNumber(point.npv / 1e6, 1))])}
    >
      <Chart type="line" data={buildData(lines)} options={buildOptions(props)} />
    </ChartFigure>
  );
}
