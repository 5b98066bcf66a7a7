/**
 * Runs the chunks of a run on node:worker_threads. Each worker prepares the run from the spec
 * (identically), then takes chunks one at a time from a shared queue (in iteration order) and sends
 * back partials; the collector merges them in whatever order they arrive.
 */
import { Worker } from "node:worker_threads";
import type { Collector } from "./collector";
import type { ChunkPartial } from "./partials";
import { CancelledError, type MonteCarloOptions, type MonteCarloSpec } from "./types";

export type Chunk = { start: number; count: number };

/** Messages between the main thread and a worker. */
export type ToWorker = { type: "chunk"; start: number; count: number };
export type FromWorker = { type: "ready" } | { type: "partial"; partial: ChunkPartial } | { type: "error"; message: string };

/**
 * The worker module and its execArgv: an explicit `workerUrl` (e.g. a bundle built with esbuild), or
 * the sibling `worker-entry.ts` through tsx when this file is TypeScript source, or the sibling
 * `worker-entry.js` when the engine has been compiled to JavaScript.
 */
export function resolveWorkerEntry(options: Pick<MonteCarloOptions, "workerUrl" | "workerExecArgv">): { url: URL; execArgv: string[] } {
  if (options.workerUrl !== undefined) {
    const url = options.workerUrl instanceof URL ? options.workerUrl : new URL(options.workerUrl, "file://");
    return { url, execArgv: options.workerExecArgv ?? (url.pathname.endsWith(".ts") ? ["--import", "tsx"] : []) };
  }
  const isSource = import.meta.url.endsWith(".ts");
  const url = new URL(isSource ? "./worker-entry.ts" : "./worker-entry.js", import.meta.url);
  return { url, execArgv: options.workerExecArgv ?? (isSource ? ["--import", "tsx"] : []) };
}

/**
 * Runs `chunks` on `workerCount` threads until the collector says stop.
 * @throws {CancelledError} when options.signal aborts (all workers are terminated first)
 */
export function runInWorkers(spec: MonteCarloSpec, chunks: readonly Chunk[], workerCount: number, collector: Collector, options: MonteCarloOptions): Promise<void> {
  const { url, execArgv } = resolveWorkerEntry(options);
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => settle(new CancelledError());
    const dispatch = (w: Worker): void => {
      const chunk = chunks[next++];
      if (chunk) w.postMessage({ type: "chunk", start: chunk.start, count: chunk.count } satisfies ToWorker);
    };
    const onMessage = (w: Worker, message: FromWorker): void => {
      if (settled) return;
      if (message.type === "error") return settle(new Error(`Monte Carlo worker failed: ${message.message}`));
      if (message.type === "partial") {
        const stop = collector.accept(message.partial);
        options.onProgress?.(Math.min(1, collector.completed() / spec.iterations));
        if (stop) return settle();
      }
      dispatch(w);
    };
    if (options.signal?.aborted) return settle(new CancelledError());
    options.signal?.addEventListener("abort", onAbort, { once: true });
    for (let i = 0; i < workerCount; i++) {
      const w = new Worker(url, { execArgv, workerData: { spec } });
      workers.push(w);
      w.on("message", (m: FromWorker) => onMessage(w, m));
      w.on("error", (e) => settle(e));
      w.on("exit", (code) => {
        if (!settled) settle(new Error(`Monte Carlo worker exited with code ${code}`));
      });
    }
  });
}
