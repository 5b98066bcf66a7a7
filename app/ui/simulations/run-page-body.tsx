"use client";

import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { RerunAction } from "./rerun-action";
import { RunExportLinks } from "./run-export-links";
import { RunMonitor } from "./run-monitor";
import type { RunView } from "./types";

/**
 * The run page's live part: the monitor, and once the run has succeeded, for analysts and above, the rerun action
 * and the results' export links.
 */
export function RunPageBody({ initial, currency, canRun }: { initial: RunView; currency: string; canRun: boolean }) {
  const router = useRouter();
  const onFinished = useCallback(() => router.refresh(), [router]);
  return (
    <RunMonitor initial={initial} currency={currency} canRun={canRun} onFinished={onFinished}>
      {(run: RunView) =>
        canRun && run.status === "succeeded" && run.results ? (
          <>
            <RerunAction original={run} currency={currency} />
            <RunExportLinks runId={run.id} hasSamples={run.results.hasSamples} />
          </>
        ) : null
      }
    </RunMonitor>
  );
}
