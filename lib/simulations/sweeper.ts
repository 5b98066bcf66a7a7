import { getDb } from "@/db";
import { listStaleRuns } from "@/db/queries/simulation-status";
import { storeFailure } from "./store";

// Stuck runs end in a clear failed state: a queued or running run whose row has not changed for
// SIMULATION_STALE_MINUTES (no progress, no chunk stored, no worker touch) is failed with the reason. Every
// worker process and every app instance sweeps; the update is guarded, so sweeping twice is harmless. A swept
// pg-boss run's chunk jobs are deleted with it (storeFailure), so they never hold up the runs queued after it.

export const SWEEP_INTERVAL_MS = 60_000;

export function staleRunMessage(staleMinutes: number): string {
  return `No progress for ${staleMinutes} minute(s): the process running it stopped or no worker took it. Rerun it to try again.`;
}

/** Fails the stale runs now; returns their ids. */
export async function sweepStaleRuns(staleMinutes: number): Promise<string[]> {
  const stale = await listStaleRuns(await getDb(), { staleMinutes });
  const failed: string[] = [];
  for (const place of stale) if (await storeFailure(place, staleRunMessage(staleMinutes))) failed.push(place.runId);
  return failed;
}

/** Sweeps every SWEEP_INTERVAL_MS until stopped; does not keep the process alive. */
export function startSweeper(staleMinutes: number): () => void {
  const timer = setInterval(() => {
    sweepStaleRuns(staleMinutes).catch((error: unknown) => console.warn("simulation sweeper:", error instanceof Error ? error.message : error));
  }, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
