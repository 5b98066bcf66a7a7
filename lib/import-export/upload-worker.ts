import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { resolveWorkerEntry, type WorkerEntry } from "@/lib/process/worker-entry";
import { UPLOAD_PARSE_LIMITS, type ImportLimits } from "./limits";
import { refuseFile } from "./problems";
import type { SheetTable } from "./table";
import type { UploadJob, UploadOutcome } from "./upload-worker-entry";
import { uploadParseSlots, type ParseSlots } from "./upload-worker-slots";
import { inspectZipDirectory, type ZipDirectory } from "./zip-inspect";

// An .xlsx upload is parsed in a worker thread, never on the request's thread: a workbook that unpacks to
// 200 MB of XML once held the event loop for seconds and, three at a time, ran the server out of memory after
// the request had been answered. Here the request's thread only reads the zip directory (declared sizes, cheap);
// the worker counts the actual bytes and streams the sheets, under a heap cap, and is terminated at the time
// limit, so a refused parse really stops. At most UPLOAD_PARSE_LIMITS.concurrency run at once.

/** Where `npm run build:worker` (lib/simulations/build-worker.ts) writes the bundled upload worker. */
export const UPLOAD_WORKER_BUNDLE = path.join(".next-worker", "upload-worker.cjs");

/** The worker entry as TypeScript source (run through tsx): only in a source tree, never in an image. */
const SOURCE_ENTRY = path.join("lib", "import-export", "upload-worker-entry.ts");

/** One parse worker's V8 limits: the old generation (where parsed strings and rows live) is capped. */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: UPLOAD_PARSE_LIMITS.memoryMb };

export type WorkbookParseOptions = {
  /** The worker's V8 limits (tests pass small ones). */
  resourceLimits?: ResourceLimits;
  /** The slots the parse waits for (tests pass their own). */
  slots?: ParseSlots;
  /** Sees the worker once started (tests observe its exit). */
  onWorker?: (worker: Worker) => void;
  /** The file the worker runs (tests run the production bundle); resolveUploadWorker() by default. */
  workerEntry?: WorkerEntry;
};

/** The upload worker's entry for this process: the bundle in a compiled tree, the source (tsx) in a source tree. */
export function resolveUploadWorker(root = process.cwd()): WorkerEntry {
  return resolveWorkerEntry({ bundle: UPLOAD_WORKER_BUNDLE, source: SOURCE_ENTRY, root });
}

function outOfMemory(resourceLimits: ResourceLimits): AppError {
  const megabytes = resourceLimits.maxOldGenerationSizeMb ?? UPLOAD_PARSE_LIMITS.memoryMb;
  return refuseFile(`The workbook needs more than the ${megabytes} MB of memory one import may use to read; split it into smaller files`, { status: 413 });
}

/** The worker's answer, its failure, or the time limit, whichever comes first. */
function outcomeOf(worker: Worker, limits: ImportLimits, resourceLimits: ResourceLimits): Promise<SheetTable[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(refuseFile("The workbook took too long to read; it may be malformed")), limits.parseTimeoutMs);
    const settle = () => clearTimeout(timer);
    worker.once("message", (outcome: UploadOutcome) => {
      settle();
      if (outcome.ok) resolve(outcome.tables);
      else reject(new AppError(outcome.refusal.code, outcome.refusal.message, { status: outcome.refusal.status }));
    });
    worker.once("error", (error: Error & { code?: string }) => {
      settle();
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") reject(outOfMemory(resourceLimits));
      else reject(new Error("The upload worker failed", { cause: error }));
    });
    worker.once("exit", (exitCode) => {
      settle();
      reject(new Error(`The upload worker exited (code ${exitCode}) without an answer`));
    });
  });
}

/** One parse in its own worker thread, which is terminated (and gone) before this returns, whatever happened. */
async function parseInWorker(bytes: Uint8Array, directory: ZipDirectory, limits: ImportLimits, options: WorkbookParseOptions): Promise<SheetTable[]> {
  // A copy the worker owns, transferred rather than cloned: the caller's bytes stay readable (a commit reads the
  // upload its preview read).
  const owned = bytes.slice().buffer;
  const job: UploadJob = { bytes: owned, directory, limits };
  const resourceLimits = options.resourceLimits ?? RESOURCE_LIMITS;
  const { workerUrl, workerExecArgv } = options.workerEntry ?? resolveUploadWorker();
  const worker = new Worker(workerUrl, { execArgv: workerExecArgv, workerData: job, transferList: [owned], resourceLimits });
  options.onWorker?.(worker);
  try {
    return await outcomeOf(worker, limits, resourceLimits);
  } finally {
    await worker.terminate();
  }
}

/**
 * Reads the sheets of an .xlsx upload: the zip directory here, the rest in a worker thread within
 * `limits.parseTimeoutMs` and the memory cap, in one of the process's parse slots.
 * @throws AppError 413/422 for a refused workbook, 503 IMPORT_PARSER_BUSY (with Retry-After) when every slot is taken
 */
export async function readWorkbook(bytes: Uint8Array, limits: ImportLimits, options: WorkbookParseOptions = {}): Promise<SheetTable[]> {
  const directory = inspectZipDirectory(bytes, limits);
  const slots = options.slots ?? uploadParseSlots();
  return slots.withSlot(() => parseInWorker(bytes, directory, limits, options));
}
