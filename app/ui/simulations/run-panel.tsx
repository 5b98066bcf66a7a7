"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import type { RunSimulationBody } from "@/lib/http/contracts/simulations";
import { toRunSummaryView, toRunView } from "./from-contract";
import { RunForm } from "./run-form";
import { RunMonitor } from "./run-monitor";
import { RunProgress } from "./run-status";
import { isDetail, startRun } from "./simulation-api";
import type { RunSummaryView, RunView } from "./types";
import alerts from "@/app/ui/common/alert.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./simulations.module.css";

type RunPanelProps = {
  scenarioId: string;
  currency: string;
  /** Analysts and above see the form; everyone sees the latest run. */
  canRun: boolean;
  /** The run to show until the caller starts another: one still going, else the newest results. */
  latest: RunSummaryView | null;
};

/**
 * The scenario's "run a simulation" area: the form (analysts and above), then the run it started — its progress
 * bar (live for a background run), Cancel, and its results — without leaving the page; before that, the newest
 * run. The history below refreshes when a run ends.
 */
export function RunPanel({ scenarioId, currency, canRun, latest }: RunPanelProps) {
  const router = useRouter();
  const submit = useApiSubmit({ FORBIDDEN: "Your role does not allow running simulations." });
  const [started, setStarted] = useState<RunSummaryView | RunView | null>(null);
  const [pendingIterations, setPendingIterations] = useState<number | null>(null);

  const onRun = async (body: Omit<RunSimulationBody, "scenarioId">) => {
    setStarted(null);
    setPendingIterations(body.iterations);
    const result = await submit.run(() => startRun({ ...body, scenarioId }));
    setPendingIterations(null);
    if (!result.ok) return;
    const run = result.value;
    setStarted(isDetail(run) ? toRunView(run) : toRunSummaryView(run));
    router.refresh();
  };
  const onFinished = useCallback(() => router.refresh(), [router]);
  const shown = pendingIterations === null ? (started ?? latest) : null;

  return (
    <div>
      {canRun ? (
        <section className={layout.section} aria-labelledby="run-form-title">
          <h2 id="run-form-title">Run a simulation</h2>
          <RunForm submit={submit} onRun={(body) => void onRun(body)} />
        </section>
      ) : (
        <p className={`${alerts.alert} ${alerts.notice}`}>You can read this scenario’s simulation results; running simulations needs the analyst role or higher.</p>
      )}
      {pendingIterations !== null ? (
        <div className={styles.stack} aria-busy="true">
          <p role="status">Starting the run…</p>
          <RunProgress progress={0} iterations={pendingIterations} label="Simulation progress (starting)" />
        </div>
      ) : null}
      {shown ? (
        <section className={layout.section} aria-labelledby="latest-run-title">
          <div className={styles.sectionHeader}>
            <h2 id="latest-run-title">{started ? "Your run" : shown.status === "succeeded" ? "Latest results" : "Latest run"}</h2>
            <Link href={`/simulations/${shown.id}`}>Open this run on its own page</Link>
          </div>
          <RunMonitor key={shown.id} initial={shown} currency={currency} canRun={canRun} onFinished={onFinished} />
        </section>
      ) : pendingIterations === null ? (
        <p className={emptyStates.inline}>No simulation has been run for this scenario yet.{canRun ? " Choose the iterations above and run one." : ""}</p>
      ) : null}
    </div>
  );
}
