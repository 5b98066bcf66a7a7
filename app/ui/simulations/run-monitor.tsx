"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatRatioAsPercent } from "@/app/ui/format";
import { stoppedEarlyProgressText } from "./convergence-outcome";
import { toRunSummaryView } from "./from-contract";
import { RunFacts } from "./run-facts";
import { RunResults } from "./run-results";
import { RunProgress } from "./run-status";
import { cancelRun } from "./simulation-api";
import { isFinished, type RunSummaryView, type RunView } from "./types";
import { useRunMonitor } from "./use-run-monitor";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./simulations.module.css";

export type RunMonitorProps = {
  initial: RunSummaryView | RunView;
  currency: string;
  /** Analysts and above may cancel. */
  canRun: boolean;
  /** Called once when the run ends (e.g. to refresh the history). */
  onFinished?: (run: RunView) => void;
  /** Shown under the results (e.g. the rerun action). */
  children?: (run: RunView) => ReactNode;
};

function Outcome({ run, currency }: { run: RunView; currency: string }) {
  if (run.status === "failed") {
    return (
      <div className={`${alerts.alert} ${alerts.error}`} role="alert">
        <p>
          <strong>The run failed.</strong> {run.errorMessage ?? "No reason was recorded."}
        </p>
      </div>
    );
  }
  if (run.status === "cancelled") {
    return (
      <div className={`${alerts.alert} ${alerts.notice}`} role="status">
        <p>The run was cancelled at {formatRatioAsPercent(run.progress, 0)} of its iterations; cancelled runs keep no results.</p>
      </div>
    );
  }
  if (run.status !== "succeeded") return null;
  if (!run.results) return <p className={emptyStates.inline} role="status">Loading the results…</p>;
  return <RunResults results={run.results} currency={currency} />;
}

/** A run in any state: live progress (with Cancel) while queued or running, then its results, reason or notice. */
export function RunMonitor({ initial, currency, canRun, onFinished, children }: RunMonitorProps) {
  const { run, loadError, setRun } = useRunMonitor(initial);
  const cancel = useApiSubmit({ CONFLICT: "The run had already ended." });
  const isActive = !isFinished(run.status);
  const reported = useRef(isFinished(initial.status));

  useEffect(() => {
    if (!isFinished(run.status) || reported.current) return;
    if (run.status === "succeeded" && !run.results) return;
    reported.current = true;
    onFinished?.(run);
  }, [run, onFinished]);

  const onCancel = async () => {
    const result = await cancel.run(() => cancelRun(run.id));
    if (result.ok) setRun({ ...toRunSummaryView(result.value), results: null });
  };

  return (
    <div className={styles.stack} aria-busy={isActive || undefined}>
      <RunFacts run={run} />
      {run.status !== "failed" ? (
        <div className={styles.progressRow}>
          <RunProgress progress={run.status === "succeeded" ? 1 : run.progress} iterations={run.iterations} label={run.status === "queued" ? "Simulation progress (queued)" : "Simulation progress"} text={stoppedEarlyProgressText(run.results)} />
          {isActive && canRun ? (
            <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={() => void onCancel()} disabled={cancel.pending}>
              {cancel.pending ? "Cancelling…" : "Cancel run"}
            </button>
          ) : null}
        </div>
      ) : null}
      {run.status === "queued" ? <p className={layout.muted} role="status">Waiting for a worker to start the run…</p> : null}
      <FormError message={cancel.message ?? loadError ?? undefined} />
      <Outcome run={run} currency={currency} />
      {children?.(run)}
    </div>
  );
}
