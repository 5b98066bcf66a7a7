import type { SimulationStatus } from "@/lib/domain/simulations";
import type { SimulationEvent } from "@/lib/http/contracts/simulations";

// Server-sent events of one run. The stream polls the run's row (so it works whichever instance or worker runs
// it), sends "progress" whenever status or progress changed (and once at the start), a heartbeat comment when
// nothing was sent for a while, and exactly one final event ("done", "failed", "cancelled") before it ends.

export type RunState = { status: SimulationStatus; progress: number; errorMessage: string | null };
export type StreamOptions = { runId: string; readState: () => Promise<RunState | undefined>; signal?: AbortSignal; pollMs?: number; heartbeatMs?: number };

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

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/** The event stream as a Response (text/event-stream, not cached, not buffered by proxies). */
export function streamRunEvents(options: StreamOptions): Response {
  const { runId, readState, signal } = options;
  const pollMs = options.pollMs ?? 500;
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      let last = "";
      let lastSentAt = Date.now();
      try {
        while (!signal?.aborted) {
          const state = await readState();
          if (!state) break;
          const key = `${state.status}|${state.progress}`;
          if (key !== last) {
            last = key;
            controller.enqueue(format({ type: "progress", runId, status: state.status, progress: state.progress }));
            lastSentAt = Date.now();
          }
          const final = finalEvent(runId, state);
          if (final) {
            controller.enqueue(format(final));
            break;
          }
          if (Date.now() - lastSentAt >= heartbeatMs) {
            controller.enqueue(encoder.encode(": ping\n\n"));
            lastSentAt = Date.now();
          }
          await sleep(pollMs, signal);
        }
      } catch (error) {
        console.warn(`simulation ${runId}: event stream stopped`, error instanceof Error ? error.message : error);
      }
      try {
        controller.close();
      } catch {
        // The client went away first: the stream is already closed.
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
