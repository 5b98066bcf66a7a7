// Worker-thread entry of the upload parser (started by upload-worker.ts, one thread per workbook, ended after it):
// counts the zip's actual unpacked bytes and streams the sheets (xlsx-read.ts), then posts the tables or the
// refusal. Bundled for production by lib/simulations/build-worker.ts (.next-worker/upload-worker.cjs).
import { parentPort, workerData } from "node:worker_threads";
import { isAppError } from "@/lib/errors";
import type { ImportLimits } from "./limits";
import type { SheetTable } from "./table";
import { readWorkbookStreaming } from "./xlsx-read";
import type { ZipDirectory } from "./zip-inspect";

/** What the main thread sends (as workerData; `bytes` is transferred, not copied). */
export type UploadJob = { bytes: ArrayBuffer; directory: ZipDirectory; limits: ImportLimits };

/** What the worker answers: the tables, or the AppError's parts for the main thread to rethrow. */
export type UploadOutcome = { ok: true; tables: SheetTable[] } | { ok: false; refusal: { status: number; code: string; message: string } };

async function parse(job: UploadJob): Promise<UploadOutcome> {
  try {
    return { ok: true, tables: await readWorkbookStreaming(new Uint8Array(job.bytes), job.directory, job.limits) };
  } catch (error) {
    // Anything but a refusal is a bug: it leaves as the worker's "error" event, answered 500 and logged.
    if (!isAppError(error)) throw error;
    return { ok: false, refusal: { status: error.status, code: String(error.code), message: error.message } };
  }
}

if (parentPort) {
  const port = parentPort;
  void parse(workerData as UploadJob).then((outcome) => port.postMessage(outcome));
}
