"use client";

import { useCallback, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { toRunSummaryView, toRunView } from "./from-contract";
import { metricDisplay, percentileValue } from "./metric-display";
import { compareRuns } from "./rerun-verdict";
import { RunFacts } from "./run-facts";
import { RunProgress } from "./run-status";
import { isDetail, rerunRun } from "./simulation-api";
import { isFinished, type RunSummaryView, type RunView } from "./types";
import { useRunMonitor } from "./use-run-monitor";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./simulations.module.css";

function p50Npv(run: RunView): number | undefined {
  const npv = run.results?.metrics.find((metric) => metric.metric === "npv");
  return npv ? percentileValue(npv.percentiles, 0.5) : undefined;
}

/** Follows the rerun and, once it succeeded, says in words whether it reproduced the original exactly. */
function RerunOutcome({ original, initial, currency }: { original: RunView; initial: RunSummaryView | RunView; currency: string }) {
  const { run } = useRunMonitor(initial);
  const display = metricDisplay("npv", currency);
  if (!isFinished(run.status)) return <RunProgress progress={run.progress} iterations={run.iterations} label="Rerun progress" />;
  if (run.status !== "succeeded") return <p role="alert">The rerun {run.status === "failed" ? `failed: ${run.errorMessage ?? "no reason recorded"}` : "was cancelled"}.</p>;
  if (!run.results) return <p role="status">Loading the rerun’s results…</p>;
  const verdict = compareRuns(original, run);
  const before = p50Npv(original);
  const after = p50Npv(run);
  return (
    <div className={`${alerts.alert} ${verdict.isIdentical ? `${alerts.success} ${alerts.stacked}` : alerts.error}`} role="status">
      <p>
        <strong>{verdict.isIdentical ? "Identical results." : "The rerun differs from the original."}</strong>{" "}
        {verdict.isIdentical
          ? "Same inputs hash, seed and sampler; every statistic and percentile of every metric is equal bit for bit."
          : `Differences: ${verdict.differences.slice(0, 8).join(", ") || (verdict.sameInputs ? "seed" : "inputs hash")}.`}
      </p>
      <p>
        P50 NPV: original <span className={styles.mono} data-testid="original-p50">{before === undefined ? "—" : display.formatExact(before)}</span>, rerun{" "}
        <span className={styles.mono} data-testid="rerun-p50">{after === undefined ? "—" : display.formatExact(after)}</span>.
      </p>
      <RunFacts run={run} />
      <p>
        <Link href={`/simulations/${run.id}`}>Open the rerun</Link>
      </p>
    </div>
  );
}

/** "Rerun from the stored manifest": the same inputs, seed and sampler, even if the scenario changed since. */
export function RerunAction({ original, currency }: { original: RunView; currency: string }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const [rerun, setRerun] = useState<RunSummaryView | RunView | null>(null);
  const onRerun = useCallback(async () => {
    setRerun(null);
    const result = await submit.run(() => rerunRun(original.id));
    if (!result.ok) return;
    setRerun(isDetail(result.value) ? toRunView(result.value) : toRunSummaryView(result.value));
    router.refresh();
  }, [original.id, router, submit]);
  return (
    <section className={styles.rerun} aria-labelledby="rerun-title">
      <h2 id="rerun-title">Reproduce this run</h2>
      <p className={layout.muted}>A rerun uses this run’s stored manifest (its resolved inputs), seed and sampler, so its results must be identical even if the scenario has changed since.</p>
      <div>
        <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={() => void onRerun()} disabled={submit.pending} aria-busy={submit.pending || undefined}>
          {submit.pending ? "Rerunning…" : "Rerun from the stored manifest"}
        </button>
      </div>
      <FormError message={submit.message} />
      {rerun ? <RerunOutcome key={rerun.id} original={original} initial={rerun} currency={currency} /> : null}
    </section>
  );
}
