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
} from "chart.js";

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

export { Chart } from "react-chartjs-2";
