"use client";

import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { RerunAction } from "./rerun-action";
import { RunMonitor } from "./run-monitor";
import type { RunView } from "./types";

/** The run page's live part: the monitor, and the rerun action once the run has succeeded (analysts and above). */
export function RunPageBody({ initial, currency, canRun }: { initial: RunView; currency: string; canRun: boolean }) {
  const router = useRouter();
  const onFinished = useCallback(() => router.refresh(), [router]);
  return (
    <RunMonitor initial={initial} currency={currency} canRun={canRun} onFinished={onFinished}>
      {(run: RunView) => (canRun && run.status === "succeeded" && run.results ? <RerunAction original={run} currency={currency} /> : null)}
    </RunMonitor>
  );
}
