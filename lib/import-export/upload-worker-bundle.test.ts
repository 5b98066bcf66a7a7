import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkerEntry } from "@/lib/process/worker-entry";
import { TEST_LIMITS } from "@/tests/support/import-fixtures";
import { IMPORT_KINDS } from "./columns";
import { templateWorkbook } from "./templates";
import { readWorkbook } from "./upload-worker";
import { bundleUploadWorker } from "./upload-worker-bundle";
import { longSheetWorkbook, PRODUCTION_SHEET, watchWorkers, zipBombWorkbook } from "./upload-worker-fixtures";
import { ParseSlots } from "./upload-worker-slots";

// The production trees run the upload worker as one CommonJS bundle (.next-worker/upload-worker.cjs), without tsx
// and possibly without exceljs in node_modules. These tests build that bundle, exactly as `npm run build:worker`
// does, into a folder outside the repository (no node_modules to fall back on) and parse through it.

let folder = "";
let bundle: WorkerEntry;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "upload-worker-bundle-"));
  const outfile = path.join(folder, "upload-worker.cjs");
  await bundleUploadWorker({ outfile });
  bundle = { workerUrl: pathToFileURL(outfile), workerExecArgv: [] };
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the bundled upload worker", () => {
  it("reads a workbook exactly as the source entry does", async () => {
    const template = await templateWorkbook();
    const started = watchWorkers();
    const tables = await readWorkbook(template, TEST_LIMITS, { workerEntry: bundle, onWorker: started.onWorker });
    expect(tables).toEqual(await readWorkbook(template, TEST_LIMITS));
    expect(tables).toHaveLength(IMPORT_KINDS.length);
    expect(started.workers).toHaveLength(1);
  });

  it("sends a refusal back as the same 4xx", async () => {
    const lying = await zipBombWorkbook({ megabytes: 20, declaredBytes: 1000 });
    await expect(readWorkbook(lying, TEST_LIMITS, { workerEntry: bundle })).rejects.toMatchObject({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The workbook part ${PRODUCTION_SHEET} is larger than its zip directory says`,
    });
  });

  it("is stopped in the middle of a long parse at the time limit, and its slot is given back", { timeout: 60_000 }, async () => {
    // 300,000 rows: the bundle starts and reads the template in about 0.6 s, and needs about 4.5 s for these rows
    // (measured on the 2-core CI machine), so at 1.5 s the worker is in the middle of the sheet.
    const long = longSheetWorkbook(await templateWorkbook(), 300_000);
    const limits = { ...TEST_LIMITS, maxRows: 1_000_000, parseTimeoutMs: 1500 };
    const slots = new ParseSlots({ concurrency: 1, maxWaiting: 0, maxWaitMs: 1000 });
    const started = watchWorkers();
    const startedAtMs = performance.now();
    await expect(readWorkbook(long, limits, { workerEntry: bundle, slots, onWorker: started.onWorker })).rejects.toMatchObject({
      status: 422,
      message: "The workbook took too long to read; it may be malformed",
    });
    const refusedAfterMs = performance.now() - startedAtMs;
    await Promise.all(started.exits);
    // Terminated, not abandoned: the thread is gone, and it never answered (a parse left running would, then exit).
    expect([started.answers, started.workers[0]?.threadId, slots.usage]).toEqual([0, -1, { active: 0, waiting: 0 }]);
    expect(refusedAfterMs).toBeLessThan(limits.parseTimeoutMs + 3000);
  });
});
