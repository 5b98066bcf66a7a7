import { getDb } from "@/db";
import { markRunRunning } from "@/db/queries/simulation-status";
import { getRunForWorker } from "@/db/queries/simulations";
import { processSingleton } from "@/lib/process/singleton";
import { executeRun } from "./execute";
import { logUnexpectedError } from "@/lib/observability/log-error";

// The embedded default's background queue: runs one run at a time in this process, each on the engine's worker
// threads (all cores by default). One per process, so Next's several bundles share one queue per process.
// Runs lost with the process (a restart) stop making progress and the sweeper fails them.

type LocalQueue = { pending: string[]; controllers: Map<string, AbortController>; isDraining: boolean; idle: Promise<void> };

const queue = processSingleton<LocalQueue>("simulations.local-queue", () => ({ pending: [], controllers: new Map(), isDraining: false, idle: Promise.resolve() }));

/** Queues a run (status queued) for this process. */
export function enqueueLocalRun(runId: string, threads: number): void {
  queue.pending.push(runId);
  if (!queue.isDraining) queue.idle = drain(threads);
}

async function drain(threads: number): Promise<void> {
  queue.isDraining = true;
  try {
    for (let runId = queue.pending.shift(); runId !== undefined; runId = queue.pending.shift()) {
      const controller = new AbortController();
      queue.controllers.set(runId, controller);
      try {
        const db = await getDb();
        // Read once with its project: every status change of the run below is scoped by what it holds.
        const run = await getRunForWorker(db, runId);
        if (run && (await markRunRunning(db, { runId }))) await executeRun(run, { threads, signal: controller.signal });
      } catch (error) {
        logUnexpectedError("simulations", `simulation ${runId}: background run failed to start or store`, error);
      } finally {
        queue.controllers.delete(runId);
      }
    }
  } finally {
    queue.isDraining = false;
  }
}

/** Stops a run of this process's queue at once (the run row is already cancelled). */
export function abortLocalRun(runId: string): void {
  queue.pending = queue.pending.filter((id) => id !== runId);
  queue.controllers.get(runId)?.abort();
}

/** Resolves when the queue has nothing left to do (tests, benchmarks, graceful shutdown). */
export async function whenLocalQueueIdle(): Promise<void> {
  while (queue.isDraining) await queue.idle;
}
