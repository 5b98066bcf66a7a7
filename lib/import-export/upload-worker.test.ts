import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { TEST_LIMITS } from "@/tests/support/import-fixtures";
import { IMPORT_KINDS } from "./columns";
import { templateWorkbook } from "./templates";
import { readWorkbook, resolveUploadWorker, UPLOAD_WORKER_BUNDLE } from "./upload-worker";
import { PRODUCTION_SHEET, rezip, watchWorkers, zipBombWorkbook } from "./upload-worker-fixtures";
import { ParseSlots } from "./upload-worker-slots";

// Workbooks are parsed in a worker thread (issue #13: a 20 MB upload held the event loop for 12 s, and three at
// once ran the server out of memory after it had answered 422). Each test watches the threads it starts.

describe("the upload worker", () => {
  it("reads a workbook written by exceljs (workbook.xml last) in a worker thread that is gone afterwards", async () => {
    const bytes = await templateWorkbook();
    expect(Object.keys(unzipSync(bytes)).at(-1)).toBe("xl/workbook.xml");
    const started = watchWorkers();
    const tables = await readWorkbook(bytes, TEST_LIMITS, { onWorker: started.onWorker });
    expect(tables.map((table) => [table.sheet, table.rows.length])).toEqual(
      IMPORT_KINDS.map((kind) => [kind, 1]),
    );
    await Promise.all(started.exits);
    expect([started.workers.length, started.answers, started.workers[0]?.threadId]).toEqual([1, 1, -1]);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it("refuses a workbook the streaming reader cannot follow, without loading it whole", async () => {
    const broken = rezip(await templateWorkbook(), "xl/workbook.xml", undefined);
    await expect(readWorkbook(broken, TEST_LIMITS)).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/open it in Excel and save it again/) });
  });
});

describe("zip bombs", () => {
  it("refuses one whose directory declares a huge sheet on the request's thread, starting no worker", async () => {
    const bomb = await zipBombWorkbook({ megabytes: 20 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const started = watchWorkers();
    await expect(readWorkbook(bomb, TEST_LIMITS, { onWorker: started.onWorker })).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/compressed/) });
    await expect(readWorkbook(await templateWorkbook(), { ...TEST_LIMITS, maxUnzippedBytes: 2048 }, { onWorker: started.onWorker })).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/would unpack to/),
    });
    expect(started.workers).toEqual([]);
  });

  it("refuses one that lies about its sheet's size in the worker, which inflates it, not the request's thread", async () => {
    const lying = await zipBombWorkbook({ megabytes: 20, declaredBytes: 1000 });
    expect(lying.byteLength).toBeLessThan(1024 * 1024);
    const started = watchWorkers();
    await expect(readWorkbook(lying, TEST_LIMITS, { onWorker: started.onWorker })).rejects.toMatchObject({
      status: 413,
      message: `The workbook part ${PRODUCTION_SHEET} is larger than its zip directory says`,
    });
    // The refusal is the worker's answer: the request's thread only read the (lying) directory.
    await Promise.all(started.exits);
    expect([started.workers.length, started.answers]).toEqual([1, 1]);
  });
});

describe("a parse that goes on too long or needs too much", () => {
  it("is refused at the time limit and its worker is terminated, and the slot is given back", async () => {
    const slots = new ParseSlots({ concurrency: 1, maxWaiting: 0, maxWaitMs: 1000 });
    const started = watchWorkers();
    const limits = { ...TEST_LIMITS, parseTimeoutMs: 1 };
    await expect(readWorkbook(await templateWorkbook(), limits, { slots, onWorker: started.onWorker })).rejects.toMatchObject({
      status: 422,
      message: "The workbook took too long to read; it may be malformed",
    });
    // The thread is gone without having answered: a parse left running would answer, and only then end.
    await Promise.all(started.exits);
    expect([started.workers.length, started.answers, started.workers[0]?.threadId]).toEqual([1, 0, -1]);
    expect(slots.usage).toEqual({ active: 0, waiting: 0 });
  });

  it("refuses a workbook whose shared strings exceed the worker's heap cap with a 413, and the process goes on", { timeout: 180_000 }, async () => {
    const template = await templateWorkbook();
    const resourceLimits = { maxOldGenerationSizeMb: 48 };
    const strings = Array.from({ length: 1_000_000 }, (_, index) => `<si><t>shared string number ${index}</t></si>`).join("");
    const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000000" uniqueCount="1000000">${strings}</sst>`;
    const crafted = rezip(template, "xl/sharedStrings.xml", strToU8(sst));
    expect(crafted.byteLength).toBeLessThan(TEST_LIMITS.maxBytes);
    // The same cap reads an ordinary workbook: the refusal is the shared strings', not the worker's start-up's.
    expect(await readWorkbook(template, TEST_LIMITS, { resourceLimits })).toHaveLength(IMPORT_KINDS.length);
    await expect(readWorkbook(crafted, TEST_LIMITS, { resourceLimits })).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/more than the 48 MB of memory/) });
    expect(await readWorkbook(template, TEST_LIMITS)).toHaveLength(IMPORT_KINDS.length);
  });
});

describe("the parse slots", () => {
  it("answers 503 with Retry-After, starting no worker, when every slot is taken and the queue is full", async () => {
    const slots = new ParseSlots({ concurrency: 1, maxWaiting: 1, maxWaitMs: 5000 });
    let release = () => {};
    const held = slots.withSlot(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = slots.withSlot(() => Promise.resolve());
    const started = watchWorkers();
    await expect(readWorkbook(await templateWorkbook(), TEST_LIMITS, { slots, onWorker: started.onWorker })).rejects.toMatchObject({
      status: 503,
      code: "IMPORT_PARSER_BUSY",
      retryAfterSeconds: 5,
    });
    expect(started.workers).toEqual([]);
    release();
    await Promise.all([held, waiting]);
    expect(slots.usage).toEqual({ active: 0, waiting: 0 });
  });
});

describe("the worker entry", () => {
  it("is the self-contained bundle in a production tree (no tsx) and the TypeScript source here", () => {
    const root = mkdtempSync(path.join(tmpdir(), "upload-worker-"));
    try {
      mkdirSync(path.join(root, ".next-worker"));
      writeFileSync(path.join(root, UPLOAD_WORKER_BUNDLE), "");
      expect(resolveUploadWorker(root)).toEqual({ workerUrl: pathToFileURL(path.join(root, UPLOAD_WORKER_BUNDLE)), workerExecArgv: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    const here = resolveUploadWorker();
    expect([here.workerUrl.pathname.endsWith("/lib/import-export/upload-worker-entry.ts"), here.workerExecArgv]).toEqual([true, ["--import", "tsx"]]);
  });
});
