import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Db } from "@/db/client";
import { useTestDb } from "@/tests/support/db";
import { CALLERS, countWrites, createApiWorld, expectedStatuses, seedDemo, type ApiWorld } from "@/tests/support/scenario-api";
import { answer, multipartRequest } from "@/tests/support/import-fixtures";
import { UPLOAD_PARSE_LIMITS } from "@/lib/import-export/limits";
import { zipBombWorkbook } from "@/lib/import-export/upload-worker-fixtures";
import { uploadParseSlots } from "@/lib/import-export/upload-worker-slots";
import { GET as exportRoute } from "../export/route";
import { GET as templateRoute } from "@/app/api/templates/[file]/route";
import { POST } from "./route";

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;
let scenarioId: string;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
  scenarioId = (await seedDemo(db, world.organisationId)).baseScenarioId;
});

const HEADER = "period,ore_mined_t,waste_mined_t,ore_processed_t,head_grade,recovery_pct";
const csv = (text: string) => new TextEncoder().encode(text);
const url = (dryRun = true) => `/api/scenarios/${scenarioId}/import?dry_run=${dryRun}`;
const params = () => ({ params: Promise.resolve({ scenarioId }) });

async function post(bytes: Uint8Array, options: { name?: string; fields?: Record<string, string>; dryRun?: boolean; cookie?: string } = {}) {
  const request = multipartRequest(url(options.dryRun ?? true), {
    name: options.name ?? "production.csv",
    bytes,
    fields: options.fields ?? { kind: "production" },
    cookie: "cookie" in options ? options.cookie : world.cookies.project_manager,
  });
  return answer(await POST(request, params()));
}

describe("import roles", () => {
  it("lets project managers and admins preview; viewers and analysts 403, strangers 404, anonymous 401", async () => {
    const expected = expectedStatuses("project_manager", 200);
    for (const caller of CALLERS) {
      const { status } = await post(csv(`${HEADER}\n1,1,1,1,1,50\n`), { cookie: world.cookies[caller] });
      expect([caller, status]).toEqual([caller, expected[caller]]);
    }
  });

  it("lets analysts and above export inputs, and any member download templates", async () => {
    const expected = expectedStatuses("analyst", 200);
    for (const caller of CALLERS) {
      const request = new Request(`http://localhost/api/scenarios/${scenarioId}/export?format=csv&kind=capex`, { headers: { cookie: world.cookies[caller] ?? "" } });
      const { status } = await exportRoute(request, params());
      expect([caller, status]).toEqual([caller, expected[caller]]);
    }
    const template = await templateRoute(new Request("http://localhost/api/templates/production.csv", { headers: { cookie: world.cookies.viewer ?? "" } }), {
      params: Promise.resolve({ file: "production.csv" }),
    });
    expect(template.status).toBe(200);
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^row_id,period,ore_mined_t/);
  });
});

describe("the preview", () => {
  it("lists every problem by row and column with its rule, and writes nothing", async () => {
    const before = await countWrites(db, world.organisationId);
    const text = `${HEADER.toUpperCase()},extra\n1,1,1,1,1,150,x\n2,"1,5",1,1,1,50,\n3,1,1,1,,50,\n3,1,1,1,1,50,\n`;
    const { status, body } = await post(csv(`\uFEFF${text}`));
    expect(status).toBe(200);
    expect(body.isValid).toBe(false);
    const problems = (body.problems as { row: number; column: string; code: string }[]).map((p) => [p.row, p.column, p.code]);
    expect(problems).toEqual([
      [2, "recovery_pct", "rule"],
      [3, "ore_mined_t", "number"],
      [4, "head_grade", "required"],
    ]);
    expect(await countWrites(db, world.organisationId)).toEqual(before);
  });

  it("names a formula cell where a number belongs", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Production");
    sheet.addRow(HEADER.split(","));
    sheet.addRow([1, 10, 10, 10, 1, 50]);
    sheet.getCell("C2").value = { formula: "B2*2", result: 20 };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { status, body } = await post(bytes, { name: "inputs.xlsx", fields: {} });
    expect(status).toBe(200);
    expect(body.problems).toEqual([expect.objectContaining({ sheet: "Production", row: 2, column: "waste_mined_t", code: "formula", rule: expect.stringContaining("C2") })]);
  });
});

describe("malformed files get a clear 4xx refusal", () => {
  it("refuses binary garbage and a corrupt workbook", async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect((await post(garbage)).status).toBe(422);
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage]);
    const refused = await post(corrupt, { name: "x.xlsx", fields: {} });
    expect(refused.status).toBe(422);
    expect((refused.body.error as { message: string }).message).toMatch(/corrupt|not an .xlsx/);
  });

  it("refuses a 200 MB upload from its Content-Length before reading the body", async () => {
    let wasRead = false;
    const body = new ReadableStream({ pull: () => void (wasRead = true) }, { highWaterMark: 0 });
    const request = new Request(`http://localhost${url()}`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { cookie: world.cookies.project_manager ?? "", "content-type": "multipart/form-data; boundary=x", "content-length": String(200 * 1024 * 1024) },
    } as RequestInit);
    const { status } = await answer(await POST(request, params()));
    expect(status).toBe(413);
    expect(wasRead).toBe(false);
  });

  it("stops reading a body without Content-Length at the limit", async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream({ pull: (controller) => void (sent < 200 ? (controller.enqueue(chunk), (sent += 1)) : controller.close()) });
    const request = new Request(`http://localhost${url()}`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { cookie: world.cookies.project_manager ?? "", "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    expect((await answer(await POST(request, params()))).status).toBe(413);
    expect(sent).toBeLessThan(40);
  });

  it("refuses a row of 1 MB", async () => {
    const { status, body } = await post(csv(`${HEADER}\n1,1,1,1,1,"${"9".repeat(1024 * 1024)}"\n`));
    expect(status).toBe(422);
    expect((body.error as { message: string }).message).toMatch(/longer than/);
  });

  it("answers 503 with Retry-After when every workbook reader is busy and the queue is full", async () => {
    const slots = uploadParseSlots();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = Array.from({ length: UPLOAD_PARSE_LIMITS.concurrency + UPLOAD_PARSE_LIMITS.maxWaiting }, () => slots.withSlot(() => gate));
    expect(slots.usage).toEqual({ active: UPLOAD_PARSE_LIMITS.concurrency, waiting: UPLOAD_PARSE_LIMITS.maxWaiting });
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("production").addRow(HEADER.split(","));
      const request = multipartRequest(url(), { name: "inputs.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), cookie: world.cookies.project_manager });
      const response = await POST(request, params());
      expect([response.status, response.headers.get("Retry-After")]).toEqual([503, String(UPLOAD_PARSE_LIMITS.maxWaitMs / 1000)]);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("IMPORT_PARSER_BUSY");
    } finally {
      release();
      await Promise.all(held);
    }
  });

  it("refuses a zip bomb by its compression ratio, and one that lies about its size", async () => {
    const bomb = await zipBombWorkbook({ megabytes: 20 });
    const byRatio = await post(bomb, { name: "bomb.xlsx", fields: {} });
    expect([byRatio.status, (byRatio.body.error as { message: string }).message]).toEqual([413, expect.stringMatching(/compressed/)]);
    // Declared 1 KB: the directory passes; the parse worker's counting inflate stops it.
    const lying = await post(await zipBombWorkbook({ megabytes: 20, declaredBytes: 1024 }), { name: "bomb.xlsx", fields: {} });
    expect([lying.status, (lying.body.error as { message: string }).message]).toEqual([413, expect.stringMatching(/larger than its zip directory says/)]);
  });
});

describe("commit", () => {
  it("answers 422 with the preview for a file with problems, and 409 for a stale version", async () => {
    const [version] = [await currentVersion()];
    const bad = await post(csv(`${HEADER}\n1,1,1,1,1,150\n`), { dryRun: false, fields: { kind: "production", version: String(version) } });
    expect(bad.status).toBe(422);
    expect((bad.body.preview as { problemCount: number }).problemCount).toBe(1);
    const stale = await post(csv(`${HEADER}\n1,1,1,1,1,50\n`), { dryRun: false, fields: { kind: "production", version: String(version + 7) } });
    expect(stale.status).toBe(409);
  });

  it("writes the rows, bumps the version and answers what was written", async () => {
    const version = await currentVersion();
    const { status, body } = await post(csv(`${HEADER}\n1,100,200,90,1.1,80\n2,100,200,90,1.2,81\n`), {
      dryRun: false,
      fields: { kind: "production", version: String(version) },
    });
    expect(status).toBe(200);
    expect(body.committedVersion).toBe(version + 1);
    expect(body.kinds).toEqual([expect.objectContaining({ kind: "production", rows: 2 })]);
  });
});

describe("settings and correlations", () => {
  it("exports kind=settings as CSV and refuses a bad setting on commit with 422 naming its row and column, writing nothing", async () => {
    const exported = await exportRoute(
      new Request(`http://localhost/api/scenarios/${scenarioId}/export?format=csv&kind=settings`, { headers: { cookie: world.cookies.analyst ?? "" } }),
      params(),
    );
    expect(exported.status).toBe(200);
    const text = (await exported.text()).replace(/^discountRatePct,8,/m, "discountRatePct,150,");
    const version = await currentVersion();
    const before = await countWrites(db, world.organisationId);
    const refused = await post(csv(text), { name: "settings.csv", dryRun: false, fields: { kind: "settings", version: String(version) } });
    expect(refused.status).toBe(422);
    const { problems } = refused.body.preview as { problems: { sheet: string; row: number; column: string; value: string }[] };
    expect(problems).toEqual([expect.objectContaining({ sheet: "settings", column: "value", value: "150" })]);
    expect(text.split("\r\n")[(problems[0]?.row ?? 0) - 1]).toMatch(/^discountRatePct,150,/);
    expect(await countWrites(db, world.organisationId)).toEqual(before);
    expect(await currentVersion()).toBe(version);
  });

  it("serves the settings and correlations CSV templates", async () => {
    for (const file of ["settings.csv", "correlations.csv"]) {
      const template = await templateRoute(new Request(`http://localhost/api/templates/${file}`, { headers: { cookie: world.cookies.viewer ?? "" } }), {
        params: Promise.resolve({ file }),
      });
      expect([file, template.status]).toEqual([file, 200]);
    }
  });
});

async function currentVersion(): Promise<number> {
  const { body } = await post(csv(`${HEADER}\n`));
  return body.scenarioVersion as number;
}
