import { env } from "@/lib/env.mjs";

/** The import's limits (lib/env.mjs, documented in README.md); tests pass smaller ones. */
export type ImportLimits = {
  maxBytes: number;
  maxRows: number;
  maxRowChars: number;
  maxUnzippedBytes: number;
  maxZipRatio: number;
  maxZipEntries: number;
  /** Longest a workbook may take to read before it is refused (a malformed file must not hang a request). */
  parseTimeoutMs: number;
};

export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return {
    maxBytes: env.IMPORT_MAX_BYTES,
    maxRows: env.IMPORT_MAX_ROWS,
    maxRowChars: env.IMPORT_MAX_ROW_CHARS,
    maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_BYTES,
    maxZipRatio: env.IMPORT_MAX_ZIP_RATIO,
    maxZipEntries: env.IMPORT_MAX_ZIP_ENTRIES,
    parseTimeoutMs: 60_000,
    ...overrides,
  };
}

/**
 * Workbook parsing in worker threads (upload-worker.ts). Not settings: sized for the defaults above, per process.
 * Worst case in memory: `concurrency` × (`memoryMb` of V8 heap + the inflate buffers outside it) + `maxWaiting`
 * uploads of IMPORT_MAX_BYTES held while they wait.
 */
export const UPLOAD_PARSE_LIMITS = {
  /** Workbooks parsed at once; each in its own worker thread, ended when its parse ends. */
  concurrency: 2,
  /** Uploads that may wait for a parse slot; more are refused 503 with Retry-After. */
  maxWaiting: 4,
  /** Longest an upload waits for a slot before it is refused 503 (ms); also its Retry-After. */
  maxWaitMs: 30_000,
  /**
   * V8 old-generation cap of one parse worker (MB). A workbook that needs more (in practice: a shared-strings part
   * of millions of strings) ends that worker with ERR_WORKER_OUT_OF_MEMORY, answered 413; the server goes on.
   */
  memoryMb: 512,
} as const;
