/**
 * Worker thread entry: prepares the run from `workerData.spec`, says "ready", then evaluates each
 * chunk it is sent and transfers the partial back. Bundle this file (with its imports) for a
 * production build and pass the bundle's URL as `workerUrl` (see README, "Workers").
 */
import { parentPort, workerData } from "node:worker_threads";
import { createChunkEvaluator } from "./evaluate-chunk";
import { transferablesOf } from "./partials";
import { prepareRun } from "./prepare-run";
import type { FromWorker, ToWorker } from "./run-in-workers";
import type { MonteCarloSpec } from "./types";

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

try {
  const { spec } = workerData as { spec: MonteCarloSpec };
  const evaluator = createChunkEvaluator(prepareRun(spec));
  parentPort?.on("message", (message: ToWorker) => {
    try {
      const partial = evaluator.evaluate(message.start, message.count);
      post({ type: "partial", partial }, transferablesOf(partial));
    } catch (error) {
      post({ type: "error", message: describe(error) });
    }
  });
  post({ type: "ready" });
} catch (error) {
  post({ type: "error", message: describe(error) });
}
