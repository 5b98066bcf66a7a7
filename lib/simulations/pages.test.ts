import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/types";
import type { Role } from "@/lib/domain/roles";
import { insertSimulationRun } from "@/tests/support/dashboard-fixtures";
import { createTestOrganisation, useTestDb } from "@/tests/support/db";
import { insertProject, insertScenario } from "@/tests/support/scenario-api";
import { canExportRuns } from "./pages";

// The run comparison page offers its export link only to whom GET /api/simulations/compare/export answers.

const getDb = useTestDb();
let organisationId: string;
let otherOrganisationId: string;
let runIds: string[];
let foreignRunId: string;

function userWith(memberships: { organisationId: string; role: Role }[]): CurrentUser {
  const summaries = memberships.map((m) => ({ ...m, organisationName: "Org" }));
  const first = summaries[0] ?? { organisationId: "", role: "viewer" as const };
  return { id: crypto.randomUUID(), email: "x@example.com", name: "X", memberships: summaries, activeOrganisation: { id: first.organisationId, name: "Org", role: first.role }, sessionId: null, apiTokenId: null, numberFormat: null };
}

async function runIn(orgId: string): Promise<string> {
  const db = await getDb();
  const scenario = await insertScenario(db, { projectId: (await insertProject(db, orgId)).id });
  return insertSimulationRun(db, { organisationId: orgId, scenarioId: scenario.id, meanNpv: 1e6 });
}

beforeAll(async () => {
  const db = await getDb();
  organisationId = (await createTestOrganisation(db)).id;
  otherOrganisationId = (await createTestOrganisation(db)).id;
  runIds = [await runIn(organisationId), await runIn(organisationId)];
  foreignRunId = await runIn(otherOrganisationId);
});

describe("canExportRuns", () => {
  it.each([
    ["viewer", false],
    ["analyst", true],
    ["admin", true],
  ] as const)("a %s of the runs' organisation: %s", async (role, expected) => {
    expect(await canExportRuns(userWith([{ organisationId, role }]), runIds)).toBe(expected);
  });

  it("is false when one run is another organisation's or missing, and needs the role in each run's organisation", async () => {
    const analyst = userWith([{ organisationId, role: "analyst" }]);
    expect(await canExportRuns(analyst, [runIds[0] ?? "", foreignRunId])).toBe(false);
    expect(await canExportRuns(analyst, [runIds[0] ?? "", crypto.randomUUID()])).toBe(false);
    const both = userWith([{ organisationId, role: "analyst" }, { organisationId: otherOrganisationId, role: "viewer" }]);
    expect(await canExportRuns(both, [runIds[0] ?? "", foreignRunId])).toBe(false);
    const analystInBoth = userWith([{ organisationId, role: "analyst" }, { organisationId: otherOrganisationId, role: "analyst" }]);
    expect(await canExportRuns(analystInBoth, [runIds[0] ?? "", foreignRunId])).toBe(true);
  });
});
