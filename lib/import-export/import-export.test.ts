import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, productionOutputs } from "@/db/schema";
import { getCache, replaceCache, type Cache } from "@/lib/cache";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { insertProject, insertScenario, seedDemo } from "@/tests/support/scenario-api";
import { commitImport } from "./commit";
import { exportScenarioRows } from "./export";
import { previewImport } from "./preview";
import { kindsWorkbook, rowsCsv } from "./templates";
import { csvUpload, effectiveFields, TEST_LIMITS } from "@/tests/support/import-fixtures";

const getDb = useTestDb();
let db: Db;
let organisationId: string;
let userId: string;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  db = await getDb();
  organisationId = (await createTestOrganisation(db)).id;
  userId = (await createTestUser(db, { organisationId, role: "project_manager" })).id;
  demo = await seedDemo(db, organisationId);
});

async function freshRoot() {
  const project = await insertProject(db, organisationId);
  return insertScenario(db, { projectId: project.id });
}

const PRODUCTION_HEADER = "period,ore_mined_t,waste_mined_t,ore_processed_t,head_grade,recovery_pct";

describe("export then import", () => {
  it("gives back the demo base case's effective rows in a fresh root scenario (workbook round trip)", async () => {
    const { sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.baseScenarioId });
    const bytes = await kindsWorkbook(sheets);
    const target = await freshRoot();
    const request = { organisationId, scenarioId: target.id, upload: { name: "base.xlsx", bytes }, limits: TEST_LIMITS };
    const preview = await previewImport(request);
    expect(preview.problems).toEqual([]);
    expect(preview.isValid).toBe(true);
    await commitImport({ ...request, userId, projectId: target.projectId, expectedVersion: target.version });
    const before = await effectiveFields(db, { organisationId, scenarioId: demo.baseScenarioId });
    const after = await effectiveFields(db, { organisationId, scenarioId: target.id });
    expect(after).toEqual(before);
    const reexported = await kindsWorkbook((await exportScenarioRows({ organisationId, scenarioId: target.id })).sheets);
    const again = await previewImport({ ...request, upload: { name: "again.xlsx", bytes: reexported } });
    expect(again.kinds.filter((kind) => kind.created + kind.updated + kind.removed > 0)).toEqual([]);
    const logCount = async (scenarioId: string) =>
      (await exportScenarioRows({ organisationId, scenarioId, kinds: ["maintenance"] })).sheets[0]?.rows
        .map(({ log_id: _id, ...rest }) => JSON.stringify(rest))
        .sort();
    expect(await logCount(target.id)).toEqual(await logCount(demo.baseScenarioId));
  });
});

describe("commit", () => {
  it("writes nothing when the last insert batch fails (all kinds in one transaction)", async () => {
    const target = await freshRoot();
    const rows = Array.from({ length: 1001 }, (_, period) => `${period},1,1,1,1,50`).join("\n");
    const upload = csvUpload("production.csv", `${PRODUCTION_HEADER}\n${rows}\n`);
    const request = { organisationId, scenarioId: target.id, upload, kind: "production" as const, limits: TEST_LIMITS };
    const hook = ({ isLast }: { isLast: boolean }) => {
      if (isLast) throw new Error("injected fault in the last write");
    };
    await expect(commitImport({ ...request, userId, projectId: target.projectId, expectedVersion: target.version, hook })).rejects.toThrow(/injected fault/);
    const [rowsLeft] = await db.select({ n: count() }).from(productionOutputs).where(eq(productionOutputs.scenarioId, target.id));
    expect(rowsLeft?.n).toBe(0);
    const [audits] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "import")));
    expect(audits?.n).toBe(0);
  });
});

/** The process's cache, recording every namespace a write bumps (what the dashboards' next read misses). */
function recordBumps(): { bumped: string[]; restore: () => void } {
  const bumped: string[] = [];
  const cache = getCache();
  const recording = new Proxy(cache, {
    get(target, property, receiver) {
      if (property !== "bumpVersion") return Reflect.get(target, property, receiver) as unknown;
      return (namespace: string) => {
        bumped.push(namespace);
        return target.bumpVersion(namespace);
      };
    },
  }) as Cache;
  const previous = replaceCache(recording);
  return { bumped, restore: () => void replaceCache(previous) };
}

describe("commit and the dashboards", () => {
  it("refreshes the project's dashboards, and its operations dashboard when the file holds maintenance logs", async () => {
    const { sheets } = await exportScenarioRows({ organisationId, scenarioId: demo.baseScenarioId, kinds: ["maintenance"] });
    const [logs] = sheets;
    if (!logs || logs.rows.length === 0) throw new Error("the demo base case has maintenance logs");
    const request = { organisationId, scenarioId: demo.baseScenarioId, upload: csvUpload("maintenance.csv", rowsCsv(logs)), kind: "maintenance" as const, limits: TEST_LIMITS };
    const { scenarioVersion } = await previewImport(request);
    const { bumped, restore } = recordBumps();
    try {
      await commitImport({ ...request, userId, projectId: demo.projectId, expectedVersion: scenarioVersion });
    } finally {
      restore();
    }
    expect(bumped).toEqual(expect.arrayContaining([`dash:project:${demo.projectId}`, `dash:ops:${demo.projectId}`]));
  });
});
