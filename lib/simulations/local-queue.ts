import { getDb } from "@/db";
import { markRunRunning, touchWaitingRuns } from "@/db/queries/simulation-status";
import { getRunForWorker } from "@/db/queries/simulations";
import { processSingleton } from "@/lib/process/singleton";
import { executeRun } from "./execute";
import { nextFairIndex, type WaitingRun } from "./fair-order";
import { logUnexpectedError } from "@/lib/observability/log-error";

// The embedded default's background queue: runs one run at a time in this process, each on the engine's worker
// threads (all cores by default). One per process, so Next's several bundles share one queue per process.
// While runs wait, this process touches their rows every WAITING_TOUCH_MS, so the sweeper never fails a run that is
// only waiting its turn; runs lost with the process (a crash) stop being touched and the sweeper fails them.

const WAITING_TOUCH_MS = 60_000;

type LocalQueue = {
  /** Oldest first; started in fair order across organisations (fair-order.ts). */
  pending: WaitingRun[];
  /** Organisation id -> the turn it last started a run. */
  lastServed: Map<string, number>;
  turn: number;
  controllers: Map<string, AbortController>;
  isDraining: boolean;
  idle: Promise<void>;
  toucher?: NodeJS.Timeout;
};

const queue = processSingleton<LocalQueue>("simulations.local-queue", () => ({
  pending: [],
  lastServed: new Map(),
  turn: 0,
  controllers: new Map(),
  isDraining: false,
  idle: Promise.resolve(),
}));

/** Takes the next run to start, in fair order; undefined when none waits. */
function takeNext(): string | undefined {
  const index = nextFairIndex(queue.pending, queue.lastServed);
  if (index < 0) return undefined;
  const [next] = queue.pending.splice(index, 1);
  if (!next) return undefined;
  queue.turn += 1;
  queue.lastServed.set(next.organisationId, queue.turn);
  return next.runId;
}

/** Touches the waiting runs' rows now (the sweeper's "still wanted"). */
export async function touchWaitingLocalRuns(): Promise<void> {
  await touchWaitingRuns(await getDb(), { runIds: queue.pending.map((waiting) => waiting.runId) });
}

function startTouching(): void {
  if (queue.toucher) return;
  queue.toucher = setInterval(() => {
    touchWaitingLocalRuns().catch((error: unknown) => logUnexpectedError("simulations", "could not mark the waiting runs as wanted", error));
  }, WAITING_TOUCH_MS);
  queue.toucher.unref();
}

/** Queues a run (status queued) of an organisation for this process. */
export function enqueueLocalRun(runId: string, organisationId: string, threads: number): void {
  queue.pending.push({ runId, organisationId });
  startTouching();
  if (!queue.isDraining) queue.idle = drain(threads);
}

async function drain(threads: number): Promise<void> {
  queue.isDraining = true;
  try {
    for (let runId = takeNext(); runId !== undefined; runId = takeNext()) {
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
  queue.pending = queue.pending.filter((waiting) => waiting.runId !== runId);
  queue.controllers.get(runId)?.abort();
}

/** Resolves when the queue has nothing left to do (tests, benchmarks, graceful shutdown). */
export async function whenLocalQueueIdle(): Promise<void> {
  while (queue.isDraining) await queue.idle;
}
