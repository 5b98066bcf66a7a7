"use client";

import { useMemo } from "react";
import type { MetricResultOutput } from "@/lib/http/contracts/simulations";
import { toMetricView } from "@/app/ui/simulations/from-contract";
import { HistogramChart } from "@/app/ui/simulations/histogram-chart";
import { metricDisplay } from "@/app/ui/simulations/metric-display";
import type { MetricKey } from "@/app/ui/simulations/types";
import styles from "./reports.module.css";

const SHOWN: readonly string[] = ["npv", "irr", "payback", "discounted_payback"];

/** The histogram of each metric of the run, drawn by the simulation pages' chart. */
export function DistributionCharts({ metrics, currency }: { metrics: MetricResultOutput[]; currency: string }) {
  const views = useMemo(() => metrics.filter((m) => SHOWN.includes(m.metric)).map((m) => ({ key: m.metric as MetricKey, view: toMetricView(m) })), [metrics]);
  return (
    <div className={styles.charts}>
      {views.map(({ key, view }) => (
        <div key={key} className={styles.chart}>
          <HistogramChart metric={view} display={metricDisplay(key, currency)} />
        </div>
      ))}
    </div>
  );
}
