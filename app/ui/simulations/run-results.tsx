"use client";

import { ConvergenceChart } from "./convergence-chart";
import { HistogramChart } from "./histogram-chart";
import { metricDisplay, metricName } from "./metric-display";
import { MetricStats, PercentileTable } from "./metric-summary";
import { Tabs } from "./metric-tabs";
import { SCurveChart } from "./s-curve-chart";
import { SwingChart } from "./swing-chart";
import { TornadoChart } from "./tornado-chart";
import type { MetricView, RunResultsView, SensitivityView } from "./types";

function MetricPanel({ metric, currency, sensitivity }: { metric: MetricView; currency: string; sensitivity: SensitivityView | null }) {
  const display = metricDisplay(metric.metric, currency);
  return (
    <div className="sim-metric">
      <MetricStats metric={metric} display={display} />
      <div className="sim-chart-grid">
        <HistogramChart metric={metric} display={display} />
        <PercentileTable metric={metric} display={display} />
      </div>
      <div className="chart-row">
        <SCurveChart metric={metric} display={display} />
        <ConvergenceChart metric={metric} display={display} />
      </div>
      {metric.metric === "npv" && sensitivity ? (
        <section className="section" aria-label="Sensitivity of NPV">
          <h3>Sensitivity of NPV to the inputs</h3>
          <div className="sim-stack">
            <TornadoChart sensitivity={sensitivity} />
            <SwingChart sensitivity={sensitivity} display={display} />
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** A finished run's results: one tab per metric (NPV first), sensitivity under NPV, correlation warnings on top. */
export function RunResults({ results, currency }: { results: RunResultsView; currency: string }) {
  if (results.metrics.length === 0) return <p className="empty-inline">The run stored no metric results.</p>;
  return (
    <div className="sim-results">
      {results.correlationWarnings.length > 0 ? (
        <div className="alert sim-warning" role="note">
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
          render: () => <MetricPanel metric={metric} currency={currency} sensitivity={results.sensitivity} />,
        }))}
      />
    </div>
  );
}
