"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { errorMessage } from "@/lib/client/api-client";
import { formatNumber, formatSampler, formatWhen } from "@/app/ui/format";
import { toRunView } from "./from-contract";
import { metricDisplay, metricName } from "./metric-display";
import { PercentileTable } from "./metric-summary";
import { Tabs } from "./metric-tabs";
import { OverlayCharts } from "./overlay-charts";
import { getRun } from "./simulation-api";
import type { MetricKey, RunContext, RunView } from "./types";
import alerts from "@/app/ui/common/alert.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import styles from "./simulations.module.css";

export type CompareSide = { runId: string; context: RunContext };

function runLabel(side: CompareSide, run: RunView, letter: string): string {
  return `${letter}: ${side.context.scenarioName}, seed ${run.seed}, ${formatNumber(run.iterations, 0)} it.`;
}

function useRuns(ids: readonly string[]): { runs: RunView[] | null; error: string | null } {
  const [state, setState] = useState<{ runs: RunView[] | null; error: string | null }>({ runs: null, error: null });
  const key = ids.join(",");
  useEffect(() => {
    const controller = new AbortController();
    Promise.all(key.split(",").map((id) => getRun(id, controller.signal)))
      .then((details) => setState({ runs: details.map(toRunView), error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ runs: null, error: errorMessage(error) });
      });
    return () => controller.abort();
  }, [key]);
  return state;
}

function MetricCompare({ metric, sides, runs, currency }: { metric: MetricKey; sides: CompareSide[]; runs: RunView[]; currency: string }) {
  const display = metricDisplay(metric, currency);
  const series = runs.flatMap((run, index) => {
    const found = run.results?.metrics.find((entry) => entry.metric === metric);
    const side = sides[index];
    return found && side ? [{ label: runLabel(side, run, index === 0 ? "A" : "B"), metric: found }] : [];
  });
  if (series.length < 2) return <p className={emptyStates.inline}>Only one of the runs computed {display.label}.</p>;
  return (
    <>
      <OverlayCharts series={series} display={display} />
      <div className={styles.sideBySide}>
        {series.map((entry) => (
          <PercentileTable key={entry.label} metric={entry.metric} display={display} caption={`Percentiles of ${display.label}, run ${entry.label}`} />
        ))}
      </div>
    </>
  );
}

/** Two runs side by side: who/what each is, then per metric the overlaid distributions and both percentile tables. */
export function CompareView({ sides }: { sides: CompareSide[] }) {
  const { runs, error } = useRuns(sides.map((side) => side.runId));
  const currency = sides[0]?.context.currency ?? "USD";
  if (error) return <div className={`${alerts.alert} ${alerts.error}`} role="alert"><p>{error}</p></div>;
  if (!runs) return <p className={emptyStates.inline} role="status">Loading both runs…</p>;
  const notReady = runs.filter((run) => run.status !== "succeeded" || !run.results);
  if (notReady.length > 0) return <div className={`${alerts.alert} ${alerts.error}`} role="alert"><p>Only succeeded runs can be compared; {notReady.map((run) => `the run of ${formatWhen(run.createdAt)} is ${run.status}`).join(" and ")}.</p></div>;
  const metrics = (runs[0]?.results?.metrics ?? []).map((metric) => metric.metric);
  return (
    <div className={styles.stack}>
      <ul className={styles.compareRuns}>
        {runs.map((run, index) => {
          const side = sides[index];
          return side ? (
            <li key={run.id}>
              <strong>{index === 0 ? "Run A" : "Run B"}</strong>: <Link href={`/simulations/${run.id}`}>{formatWhen(run.createdAt)}</Link> — {side.context.projectName} / {side.context.scenarioName}, {formatSampler(run.sampler)}, seed <span className={styles.mono}>{run.seed}</span>, inputs <span className={styles.mono}>{run.inputHash?.slice(0, 12) ?? "—"}</span>
            </li>
          ) : null;
        })}
      </ul>
      <Tabs label="Compare by metric" tabs={metrics.map((metric) => ({ id: metric, label: metricName(metric), render: () => <MetricCompare metric={metric} sides={sides} runs={runs} currency={currency} /> }))} />
    </div>
  );
}
