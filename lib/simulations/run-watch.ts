import { processSingleton } from "@/lib/process/singleton";
import type { RunState } from "./events";

// One poller per run in this process, however many streams follow it: each stream used to poll the database twice a
// second on its own (from a 10-connection pool), so a few dozen open tabs could starve every request. Subscribers
// get every state the poller reads; the poller stops when its last subscriber leaves.

export type StateListener = (state: RunState | undefined) => void;

type Watch = { listeners: Set<StateListener>; timer?: NodeJS.Timeout; isReading: boolean };

const watches = processSingleton("simulations.run-watches", () => new Map<string, Watch>());

/** How many streams follow `runId` in this process. */
export function followerCount(runId: string): number {
  return watches.get(runId)?.listeners.size ?? 0;
}

/**
 * Calls `listener` with the run's state every `pollMs` (first at once) until the returned function is called.
 * `readState` of the first subscriber is used for everyone: every subscriber passed the run's access guard.
 */
export function watchRun(runId: string, readState: () => Promise<RunState | undefined>, listener: StateListener, pollMs: number): () => void {
  let watch = watches.get(runId);
  if (!watch) {
    const created: Watch = { listeners: new Set(), isReading: false };
    watches.set(runId, created);
    const tick = async () => {
      if (created.isReading) return;
      created.isReading = true;
      try {
        const state = await readState();
        for (const each of created.listeners) each(state);
      } catch (error) {
        console.warn(`simulation ${runId}: progress poll failed`, error instanceof Error ? error.message : error);
      } finally {
        created.isReading = false;
      }
    };
    created.timer = setInterval(() => void tick(), pollMs);
    created.timer.unref();
    void tick();
    watch = created;
  }
  const current = watch;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    clearInterval(current.timer);
    if (watches.get(runId) === current) watches.delete(runId);
  };
}
