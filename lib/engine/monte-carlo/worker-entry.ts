/**
 * Worker thread entry: for each job, prepares the run from the spec it is sent ("prepare" → "ready"), then
 * evaluates each chunk of that job and transfers the partial back. A pool's workers live across jobs.
 * Bundle this file (with its imports) for a production build and pass the bundle's URL as `workerUrl`
 * (see README, "Workers").
 */
import { parentPort } from "node:worker_threads";
import { createChunkEvaluator } from "./evaluate-chunk";
import { transferablesOf } from "./partials";
import { prepareRun } from "./prepare-run";
import type { FromWorker, ToWorker } from "./worker-pool";

type Prepared = { jobId: number; evaluator: ReturnType<typeof createChunkEvaluator> };

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

let prepared: Prepared | undefined;

parentPort?.on("message", (message: ToWorker) => {
  try {
    if (message.type === "prepare") {
      prepared = { jobId: message.jobId, evaluator: createChunkEvaluator(prepareRun(message.spec)) };
      post({ type: "ready", jobId: message.jobId });
      return;
    }
    if (prepared?.jobId !== message.jobId) throw new Error(`chunk of job ${message.jobId} before its spec`);
    const partial = prepared.evaluator.evaluate(message.start, message.count);
    post({ type: "partial", jobId: message.jobId, partial }, transferablesOf(partial));
  } catch (error) {
    post({ type: "error", jobId: message.jobId, message: describe(error) });
  }
});
