import { Chart as ChartJS, type Chart, type ChartType, type LegendItem, type LegendOptions, type Plugin } from "chart.js";
import { CHART_FONT } from "@/app/ui/charts/chart-theme";

/** A labelled vertical line at a value of the x axis (axis units), e.g. P50 of NPV. */
export type ValueMarker = {
  value: number;
  label: string;
  color: string;
  isDashed?: boolean;
  /** Where the label sits on the y axis (axis units), e.g. its probability on an S-curve; default: stacked at the top. */
  labelY?: number;
  /** Stack labels from the bottom of the plot instead of the top (when the top is crowded, e.g. tornado rows). */
  isLabelAtBottom?: boolean;
};

const LABEL_HEIGHT_PX = 16;

/** The marker's x in canvas pixels, or null when it falls outside the plot. */
function markerX<T extends ChartType>(chart: Chart<T>, marker: ValueMarker): number | null {
  const scale = chart.scales.x;
  if (!scale || !Number.isFinite(marker.value)) return null;
  const x = scale.getPixelForValue(marker.value);
  return x < chart.chartArea.left - 0.5 || x > chart.chartArea.right + 0.5 ? null : x;
}

function drawMarkerLine<T extends ChartType>(chart: Chart<T>, marker: ValueMarker, x: number): void {
  const { ctx, chartArea } = chart;
  ctx.save();
  ctx.strokeStyle = marker.color;
  ctx.lineWidth = 2;
  ctx.setLineDash(marker.isDashed === false ? [] : [6, 4]);
  ctx.beginPath();
  ctx.moveTo(x, chartArea.top);
  ctx.lineTo(x, chartArea.bottom);
  ctx.stroke();
  ctx.restore();
}

function drawMarkerLabel<T extends ChartType>(chart: Chart<T>, marker: ValueMarker, x: number, row: number): void {
  const { ctx, chartArea } = chart;
  ctx.save();
  ctx.font = `600 ${CHART_FONT.size}px ${CHART_FONT.family}`;
  const width = ctx.measureText(marker.label).width + 8;
  // Keep the label inside the plot; flip it to the left of the line near the right edge.
  const left = x + width + 2 > chartArea.right ? x - width - 2 : x + 2;
  const yScale = chart.scales.y;
  const stacked = marker.isLabelAtBottom ? chartArea.bottom - (row + 1) * LABEL_HEIGHT_PX : chartArea.top + 2 + row * LABEL_HEIGHT_PX;
  const atValue = marker.labelY !== undefined && yScale ? yScale.getPixelForValue(marker.labelY) - LABEL_HEIGHT_PX / 2 : stacked;
  const top = Math.min(Math.max(atValue, chartArea.top), chartArea.bottom - LABEL_HEIGHT_PX);
  // Opaque: a line running behind a label (P50 behind the flipped P95 label) must not show through its text.
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(left, top, width, LABEL_HEIGHT_PX - 2);
  ctx.fillStyle = marker.color;
  ctx.textBaseline = "top";
  ctx.fillText(marker.label, left + 4, top + 2);
  ctx.restore();
}

/**
 * A per-chart plugin that draws the markers over the datasets with their labels. Labels go on successive rows
 * so close percentiles (P5 and P10) never overprint each other, and over all the lines.
 */
export function createMarkerPlugin<T extends ChartType>(markers: readonly ValueMarker[]): Plugin<T> {
  return {
    id: "valueMarkers",
    afterDatasetsDraw(chart) {
      // Every line first, then every label on its white plate, so no marker's line runs through another's label.
      const xs = markers.map((marker) => markerX(chart, marker));
      markers.forEach((marker, index) => {
        const x = xs[index];
        if (x !== null && x !== undefined) drawMarkerLine(chart, marker, x);
      });
      markers.forEach((marker, index) => {
        const x = xs[index];
        if (x !== null && x !== undefined) drawMarkerLabel(chart, marker, x, index);
      });
    },
  };
}

/** Legend options listing the datasets and then each marker (drawn as a dashed line sample); markers do not toggle. */
export function legendWithMarkers<T extends ChartType>(markers: readonly ValueMarker[]): Partial<LegendOptions<T>> {
  const defaults = ChartJS.defaults.plugins.legend;
  return {
    position: "bottom",
    labels: {
      ...defaults.labels,
      font: CHART_FONT,
      usePointStyle: true,
      generateLabels: (chart: Chart) => [
        ...defaults.labels.generateLabels(chart).map((item): LegendItem => ({ ...item, pointStyle: "rect" })),
        ...markers.map(
          (marker): LegendItem => ({
            text: marker.label,
            fillStyle: marker.color,
            strokeStyle: marker.color,
            lineWidth: 3,
            hidden: false,
            pointStyle: "line",
          }),
        ),
      ],
    },
    onClick: (event, item, legend) => {
      if (item.datasetIndex !== undefined) defaults.onClick.call(legend, event, item, legend);
    },
  } as Partial<LegendOptions<T>>;
}

/** A stable key for a list of markers: re-create the chart when they change (plugins are read at creation). */
export function markersKey(markers: readonly ValueMarker[]): string {
  return markers.map((marker) => `${marker.label}@${marker.value}`).join("|");
}
