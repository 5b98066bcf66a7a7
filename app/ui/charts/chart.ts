"use client";

import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartType,
  type DefaultDataPoint,
} from "chart.js";
import { createElement } from "react";
import { Chart as ReactChart, type ChartProps } from "react-chartjs-2";

// The one place Chart.js parts are registered. Chart.js is tree-shaken: a chart type draws only when its controller,
// the elements it draws, its scales and the plugins its options name are registered, and a missing part fails in
// the browser only ("line" is not a registered element). Every chart component renders the `Chart` exported here,
// so it cannot run before the registration; registrations.test.ts checks that this list is exactly what the
// components use.
ChartJS.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Filler,
  Tooltip,
  Legend,
);

/**
 * react-chartjs-2's chart with its canvas hidden from assistive technology. Its canvas says role="img" with no
 * name, and every chart here sits inside a labelled image (ChartFigure and the simulation figures: title and
 * summary) with a table alternative, so axe counted each chart as a second, unnamed image (issue #15).
 */
export function Chart<TType extends ChartType = ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(props: ChartProps<TType, TData, TLabel>) {
  return createElement(ReactChart<TType, TData, TLabel>, { ...props, role: "presentation", "aria-hidden": true });
}
