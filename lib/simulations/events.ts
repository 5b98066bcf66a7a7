import type { SimulationStatus } from "@/lib/domain/simulations";
import type { SimulationEvent } from "@/lib/http/contracts/simulations";
import { processSingleton } from "@/lib/process/singleton";
import { watchRun } from "./run-watch";

// Server-sent events of one run. The run's row is polled (so it works whichever instance or worker runs it), once
// per run in this process however many streams follow it; a stream sends "progress" whenever status or progress
// changed (and once at the start), a heartbeat comment when nothing was sent for a while, and exactly one final
// event ("done", "failed", "cancelled") before it ends. Streams are bounded: per person, per run, in lifetime.

export type RunState = { status: SimulationStatus; progress: number; errorMessage: string | null };
export type StreamOptions = {
  runId: string;
  readState: () => Promise<RunState | undefined>;
  signal?: AbortSignal;
  /** Counted against STREAM_LIMITS.perUser while open. */
  userId?: string;
  /** Whether the caller may still follow the run (session live, still a member); false ends the stream. */
  isStillAllowed?: () => Promise<boolean>;
  pollMs?: number;
  heartbeatMs?: number;
  maxLifetimeMs?: number;
  recheckMs?: number;
};

const encoder = new TextEncoder();

function format(event: SimulationEvent): Uint8Array {
  return encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

function finalEvent(runId: string, state: RunState): SimulationEvent | null {
  if (state.status === "succeeded") return { type: "done", runId, status: "succeeded", progress: 1 };
  if (state.status === "failed") return { type: "failed", runId, status: "failed", errorMessage: state.errorMessage ?? "The simulation failed" };
  if (state.status === "cancelled") return { type: "cancelled", runId, status: "cancelled" };
  return null;
}

/** Streams of one person in this process at once, and streams following one run: more are answered 429. */
export const STREAM_LIMITS = { perUser: 8, perRun: 100 } as const;
const openStreamsByUser = processSingleton("simulations.event-streams", () => new Map<string, number>());

/** How many event streams `userId` has open in this process. */
export function openStreamCount(userId: string): number {
  return openStreamsByUser.get(userId) ?? 0;
}

function countStream(userId: string, delta: 1 | -1): void {
  const count = (openStreamsByUser.get(userId) ?? 0) + delta;
  if (count > 0) openStreamsByUser.set(userId, count);
  else openStreamsByUser.delete(userId);
}

/**
 * The event stream as a Response (text/event-stream, not cached, not buffered by proxies). One shared poller per run
 * feeds every stream of it (run-watch.ts). A stream lives at most `maxLifetimeMs` and re-checks `isStillAllowed`
 * every `recheckMs`: then it ends, and the browser falls back to polling, each poll authorised on its own.
 */
export function streamRunEvents(options: StreamOptions): Response {
  const { runId, readState, signal, userId, isStillAllowed } = options;
  const pollMs = options.pollMs ?? 500;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const maxLifetimeMs = options.maxLifetimeMs ?? 10 * 60_000;
  const recheckMs = options.recheckMs ?? 30_000;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const startedAt = Date.now();
      let last = "";
      let lastSentAt = startedAt;
      let lastCheckAt = startedAt;
      let isFinished = false;
      const send = (bytes: Uint8Array) => {
        if (isFinished) return;
        controller.enqueue(bytes);
        lastSentAt = Date.now();
      };
      const finish = () => {
        if (isFinished) return;
        isFinished = true;
        unsubscribe();
        clearInterval(housekeeping);
        if (userId) countStream(userId, -1);
        try {
          controller.close();
        } catch {
          // The client went away first: the stream is already closed.
        }
      };
      if (userId) countStream(userId, 1);
      send(encoder.encode("retry: 2000\n\n"));
      const unsubscribe = watchRun(
        runId,
        readState,
        (state) => {
          if (!state) return finish();
          const key = `${state.status}|${state.progress}`;
          if (key !== last) {
            last = key;
            send(format({ type: "progress", runId, status: state.status, progress: state.progress }));
          }
          const final = finalEvent(runId, state);
          if (final) {
            send(format(final));
            finish();
          }
        },
        pollMs,
      );
      const housekeeping = setInterval(() => {
        const now = Date.now();
        if (now - startedAt >= maxLifetimeMs) return finish();
        if (now - lastSentAt >= heartbeatMs) send(encoder.encode(": ping\n\n"));
        if (isStillAllowed && now - lastCheckAt >= recheckMs) {
          lastCheckAt = now;
          isStillAllowed().then((isAllowed) => isAllowed || finish(), finish);
        }
      }, Math.min(1000, heartbeatMs, recheckMs));
      housekeeping.unref();
      signal?.addEventListener("abort", finish, { once: true });
      if (signal?.aborted) finish(); // gone before the stream started: "abort" will not fire again
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
