"use client";

import { ConvergenceChart } from "./convergence-chart";
import { ConvergenceNote } from "./convergence-note";
import { deterministicValueOf } from "./deterministic-beside-p50";
import { HistogramChart } from "./histogram-chart";
import { metricDisplay, metricName } from "./metric-display";
import { MetricStats, PercentileTable } from "./metric-summary";
import { Tabs } from "./metric-tabs";
import { PriceMismatchNotice } from "./price-mismatch-notice";
import { SCurveChart } from "./s-curve-chart";
import { SwingChart } from "./swing-chart";
import { TornadoChart } from "./tornado-chart";
import type { MetricView, RunResultsView, SensitivityView } from "./types";
import charts from "@/app/ui/charts/charts.module.css";
import alerts from "@/app/ui/common/alert.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./simulations.module.css";

type MetricPanelProps = { metric: MetricView; currency: string; sensitivity: SensitivityView | null; deterministic: number | null | undefined };

function MetricPanel({ metric, currency, sensitivity, deterministic }: MetricPanelProps) {
  const display = metricDisplay(metric.metric, currency);
  return (
    <div className={styles.stack}>
      <MetricStats metric={metric} display={display} deterministic={deterministic} />
      <div className={`${styles.chartGrid} ${charts.tallCanvases}`}>
        <HistogramChart metric={metric} display={display} />
        <PercentileTable metric={metric} display={display} />
      </div>
      <div className={charts.row}>
        <SCurveChart metric={metric} display={display} />
        <ConvergenceChart metric={metric} display={display} />
      </div>
      {metric.metric === "npv" && sensitivity ? (
        <section className={layout.section} aria-label="Sensitivity of NPV">
          <h3>Sensitivity of NPV to the inputs</h3>
          <div className={styles.stack}>
            <TornadoChart sensitivity={sensitivity} />
            <SwingChart sensitivity={sensitivity} display={display} />
          </div>
        </section>
      ) : null}
    </div>
  );
}

/**
 * A finished run's results: one tab per metric (NPV first) with its P50 beside the deterministic figure, sensitivity
 * under NPV; how its convergence auto-stop went, price distributions set for another price and correlation warnings on top.
 */
export function RunResults({ results, currency }: { results: RunResultsView; currency: string }) {
  if (results.metrics.length === 0) return <p className={emptyStates.inline}>The run stored no metric results.</p>;
  return (
    <div className={styles.stack}>
      <ConvergenceNote results={results} />
      <PriceMismatchNotice mismatches={results.priceMismatches} />
      {results.correlationWarnings.length > 0 ? (
        <div className={`${alerts.alert} ${alerts.warning}`} role="note">
          <p>Correlations were adjusted:</p>
          <ul>
            {results.correlationWarnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Tabs
        label="Results by metric"
        tabs={results.metrics.map((metric) => ({
          id: metric.metric,
          label: metricName(metric.metric),
          render: () => <MetricPanel metric={metric} currency={currency} sensitivity={results.sensitivity} deterministic={deterministicValueOf(metric.metric, results.deterministic)} />,
        }))}
      />
    </div>
  );
}
