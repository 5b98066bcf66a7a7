import { beforeAll, describe, expect, it } from "vitest";
import { getProject, listProjects } from "@/db/queries/projects";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { insertProject, insertScenario } from "./fixtures";

const getDb = useTestDb();

type Tenant = { organisationId: string; projectIds: string[] };
let north: Tenant;
let south: Tenant;

/** An organisation with two projects; the first has two scenarios. The names are shared across tenants. */
async function createTenant(): Promise<Tenant> {
  const db = await getDb();
  const org = await createTestOrganisation(db);
  const alpha = await insertProject(db, org.id, "Alpha Copper");
  const beta = await insertProject(db, org.id, "Beta Gold");
  const root = await insertScenario(db, { projectId: alpha.id, isBaseCase: true });
  await insertScenario(db, { projectId: alpha.id, parentScenarioId: root.id });
  return { organisationId: org.id, projectIds: [alpha.id, beta.id] };
}

beforeAll(async () => {
  north = await createTenant();
  south = await createTenant();
});

describe("projects are scoped by organisation", () => {
  it("lists only the caller's own projects, with their scenario counts", async () => {
    const db = await getDb();
    const rows = await listProjects(db, { organisationId: north.organisationId });
    expect(rows.map((p) => p.id)).toEqual(north.projectIds);
    expect(rows.map((p) => [p.name, p.scenarioCount])).toEqual([
      ["Alpha Copper", 2],
      ["Beta Gold", 0],
    ]);
    expect(rows[0]).toMatchObject({ operationType: "open_pit", primaryCommodity: "copper", currency: "USD" });
  });

  it("never lists another organisation's rows", async () => {
    const db = await getDb();
    const ids = (await listProjects(db, { organisationId: south.organisationId })).map((p) => p.id);
    expect(ids).toEqual(south.projectIds);
    for (const id of north.projectIds) expect(ids).not.toContain(id);
  });

  it("gets the caller's own project", async () => {
    const db = await getDb();
    const [alphaId = ""] = north.projectIds;
    const project = await getProject(db, { organisationId: north.organisationId, projectId: alphaId });
    expect(project).toMatchObject({ id: alphaId, name: "Alpha Copper", scenarioCount: 2, version: 1 });
  });

  it("answers undefined for another organisation's project, exactly as for one that does not exist", async () => {
    const db = await getDb();
    for (const projectId of south.projectIds) {
      await expect(
        getProject(db, { organisationId: north.organisationId, projectId }),
      ).resolves.toBeUndefined();
    }
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(
      getProject(db, { organisationId: north.organisationId, projectId: missing }),
    ).resolves.toBeUndefined();
    await expect(
      getProject(db, { organisationId: north.organisationId, projectId: "1 OR 1=1" }),
    ).resolves.toBeUndefined();
  });

  it("lists nothing for an organisation without projects", async () => {
    const db = await getDb();
    const empty = await createTestOrganisation(db);
    await expect(listProjects(db, { organisationId: empty.id })).resolves.toEqual([]);
  });
});
