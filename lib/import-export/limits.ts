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
