/**
 * A pool of warm worker threads for Monte Carlo runs. Starting a worker (loading the engine, compiling the
 * entry) costs a few hundred milliseconds, as much as a whole 100,000-iteration run on one core; a pool pays
 * it once and then runs job after job. Each job sends the spec to every worker ("prepare"), then hands out
 * chunks one at a time from a shared queue in iteration order; partials carry the job id, so a late partial
 * of an earlier job (after an early stop) is ignored. Merging is order-independent (see collector.ts), so
 * results are bit-identical to in-process runs whatever the pool size.
 */
import { Worker } from "node:worker_threads";
import type { Collector } from "./collector";
import type { ChunkPartial } from "./partials";
import { CancelledError, type MonteCarloOptions, type MonteCarloSpec } from "./types";

export type Chunk = { start: number; count: number };

/** Messages between the main thread and a worker. */
export type ToWorker = { type: "prepare"; jobId: number; spec: MonteCarloSpec } | { type: "chunk"; jobId: number; start: number; count: number };
export type FromWorker =
  | { type: "ready"; jobId: number }
  | { type: "partial"; jobId: number; partial: ChunkPartial }
  | { type: "error"; jobId: number; message: string };

export type WorkerPool = {
  readonly size: number;
  /** Runs `chunks` of `spec` on the pool (one job at a time; later calls wait their turn). */
  run(spec: MonteCarloSpec, chunks: readonly Chunk[], collector: Collector, options: MonteCarloOptions): Promise<void>;
  /** Terminates the workers; the pool cannot run again. */
  close(): Promise<void>;
};

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

type Job = { id: number; spec: MonteCarloSpec; chunks: readonly Chunk[]; collector: Collector; options: MonteCarloOptions };
type ActiveJob = Job & { next: number; inFlight: number; settle: (error?: unknown) => void };

/** Starts `size` workers now; they stay alive until close() (or a cancellation, after which they restart). */
export function createWorkerPool(size: number, entry: Pick<MonteCarloOptions, "workerUrl" | "workerExecArgv"> = {}): WorkerPool {
  const { url, execArgv } = resolveWorkerEntry(entry);
  let workers: Worker[] = [];
  let active: ActiveJob | undefined;
  let queue: Promise<void> = Promise.resolve();
  let jobCounter = 0;

  const dispatch = (job: ActiveJob, w: Worker): void => {
    const chunk = job.chunks[job.next];
    if (!chunk) {
      if (job.inFlight === 0) job.settle();
      return;
    }
    job.next += 1;
    job.inFlight += 1;
    w.postMessage({ type: "chunk", jobId: job.id, start: chunk.start, count: chunk.count } satisfies ToWorker);
  };

  const onMessage = (w: Worker, message: FromWorker): void => {
    const job = active;
    if (!job || message.jobId !== job.id) return;
    if (message.type === "error") return job.settle(new Error(`Monte Carlo worker failed: ${message.message}`));
    if (message.type === "partial") {
      job.inFlight -= 1;
      const stop = job.collector.accept(message.partial);
      job.options.onProgress?.(Math.min(1, job.collector.completed() / job.spec.iterations));
      if (stop) return job.settle();
    }
    dispatch(job, w);
  };

  const start = (): void => {
    workers = Array.from({ length: size }, () => {
      const w = new Worker(url, { execArgv });
      w.on("message", (m: FromWorker) => onMessage(w, m));
      w.on("error", (e) => active?.settle(e));
      w.on("exit", (code) => {
        if (workers.includes(w)) active?.settle(new Error(`Monte Carlo worker exited with code ${code}`));
      });
      // An idle pool must not keep the process alive.
      w.unref();
      return w;
    });
  };

  const restart = (): void => {
    const old = workers;
    workers = [];
    for (const w of old) void w.terminate();
    start();
  };

  const execute = (job: Job): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (job.options.signal?.aborted) return reject(new CancelledError());
      let isSettled = false;
      const onAbort = (): void => running.settle(new CancelledError());
      const running: ActiveJob = {
        ...job,
        next: 0,
        inFlight: 0,
        settle: (error?: unknown) => {
          if (isSettled) return;
          isSettled = true;
          active = undefined;
          job.options.signal?.removeEventListener("abort", onAbort);
          for (const w of workers) w.unref();
          // After a cancellation or a failure, busy workers would finish stale chunks first: start afresh.
          if (error !== undefined) restart();
          if (error === undefined) resolve();
          else reject(error);
        },
      };
      active = running;
      // Busy workers keep the process alive (a CLI awaiting a run must not exit); idle ones do not.
      for (const w of workers) w.ref();
      job.options.signal?.addEventListener("abort", onAbort, { once: true });
      for (const w of workers) w.postMessage({ type: "prepare", jobId: job.id, spec: job.spec } satisfies ToWorker);
    });

  start();
  return {
    size,
    run(spec, chunks, collector, options) {
      const job: Job = { id: ++jobCounter, spec, chunks, collector, options };
      const result = queue.then(() => execute(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const old = workers;
      workers = [];
      await Promise.all(old.map((w) => w.terminate()));
    },
  };
}
