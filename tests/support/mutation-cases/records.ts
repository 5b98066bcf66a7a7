import { eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import * as meRoute from "@/app/api/me/route";
import * as maintenanceLogRoute from "@/app/api/maintenance/[logId]/route";
import * as maintenanceRoute from "@/app/api/equipment/[equipmentId]/maintenance/route";
import * as memberRoute from "@/app/api/organisations/[organisationId]/users/[userId]/route";
import * as correlationsRoute from "@/app/api/scenarios/[scenarioId]/correlations/route";
import * as importRoute from "@/app/api/scenarios/[scenarioId]/import/route";
import * as cancelRoute from "@/app/api/simulations/[runId]/cancel/route";
import * as rerunRoute from "@/app/api/simulations/[runId]/rerun/route";
import * as runRoute from "@/app/api/simulations/run/route";
import { equipment, maintenanceLogs, processParameters } from "@/db/schema";
import { callRoute, sessionCookieFor } from "@/tests/support/api";
import { createTestUser } from "@/tests/support/db";
import { insertRunLike } from "@/tests/support/simulation-world";
import { call, scenarioVersion, type MutationCase, type MutationWorld, type RouteAnswer } from "./world";

// Freshness cases: correlations, maintenance, members, simulation runs and the import.

export const correlationCases: Record<string, MutationCase> = {
  "PUT /api/scenarios/{scenarioId}/correlations": {
    // No dashboard shows correlations (they only shape simulation runs): the overview shows the audit row.
    changes: ["overview"],
    arrange: async (world) => {
      const params = { scenarioId: world.demo.baseScenarioId };
      const parameters = await world.db
        .select({ lineageId: processParameters.lineageId })
        .from(processParameters)
        .where(eq(processParameters.scenarioId, world.demo.baseScenarioId))
        .orderBy(processParameters.name);
      const [a, b] = parameters.map((p) => p.lineageId);
      if (!a || !b) throw new Error("the demo base case has parameters");
      const pairs = [{ parameterALineageId: a, parameterBLineageId: b, coefficient: 0.3 }];
      return {
        write: async () => call(world, correlationsRoute.PUT, "PUT", params, { version: await scenarioVersion(world), pairs }),
        verify: async () => {
          const answer = await call(world, correlationsRoute.GET, "GET", params);
          expect(JSON.stringify(answer.body)).toContain('"coefficient":0.3');
        },
      };
    },
  },
};

// ── Maintenance logs (operational actuals) ──────────────────────────────────────────────────────────────────────

async function demoMaintenanceLog(world: MutationWorld): Promise<string> {
  const fleet = world.db.select({ id: equipment.id }).from(equipment).where(eq(equipment.scenarioId, world.demo.baseScenarioId));
  const [log] = await world.db.select({ id: maintenanceLogs.id }).from(maintenanceLogs).where(inArray(maintenanceLogs.equipmentId, fleet)).limit(1);
  if (!log) throw new Error("the demo fleet has maintenance history");
  return log.id;
}

export const maintenanceCases: Record<string, MutationCase> = {
  "POST /api/equipment/{equipmentId}/maintenance": {
    changes: ["overview", "operations"],
    arrange: async (world) => {
      const [truck] = await world.db.select({ id: equipment.id }).from(equipment).where(eq(equipment.scenarioId, world.demo.baseScenarioId)).limit(1);
      if (!truck) throw new Error("the demo has a fleet");
      const body = { performedOn: "2029-03-15", type: "corrective", downtimeHours: 12, cost: 25_000, currency: "USD" };
      return { write: () => call(world, maintenanceRoute.POST, "POST", { equipmentId: truck.id }, body) };
    },
  },
  "PATCH /api/maintenance/{logId}": {
    changes: ["overview", "operations"],
    arrange: async (world) => {
      const logId = await demoMaintenanceLog(world);
      return { write: () => call(world, maintenanceLogRoute.PATCH, "PATCH", { logId }, { cost: 987_654, downtimeHours: 321 }) };
    },
  },
  "DELETE /api/maintenance/{logId}": {
    changes: ["overview", "operations"],
    arrange: async (world) => {
      const logId = await demoMaintenanceLog(world);
      return { write: () => call(world, maintenanceLogRoute.DELETE, "DELETE", { logId }) };
    },
  },
};

// ── Members: on no dashboard but the overview's activity; the identity memo must forget them at once ──────────

/** A member who has just made a request (so their identity is remembered in the process). */
async function activeMember(world: MutationWorld): Promise<{ id: string; me: () => Promise<RouteAnswer> }> {
  const member = await createTestUser(world.db, { organisationId: world.organisationId, role: "analyst" });
  const cookie = await sessionCookieFor(member.id);
  const me = () => callRoute((request) => meRoute.GET(request, { params: Promise.resolve({}) }), "GET", "/api/me", { cookie });
  expect((await me()).status).toBe(200);
  return { id: member.id, me };
}

export const memberCases: Record<string, MutationCase> = {
  "PATCH /api/organisations/{organisationId}/users/{userId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const member = await activeMember(world);
      const params = { organisationId: world.organisationId, userId: member.id };
      return {
        write: () => call(world, memberRoute.PATCH, "PATCH", params, { isActive: false }),
        // Deactivated: refused on their very next request, not after the memo's TTL.
        verify: async () => expect((await member.me()).status).toBe(401),
      };
    },
  },
  "DELETE /api/organisations/{organisationId}/users/{userId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const member = await activeMember(world);
      const params = { organisationId: world.organisationId, userId: member.id };
      return {
        write: () => call(world, memberRoute.DELETE, "DELETE", params),
        // Their only membership is gone: refused on their very next request.
        verify: async () => expect((await member.me()).status).toBe(401),
      };
    },
  },
};

// ── Simulation runs (tiny, so they run inline) and imports ────────────────────────────────────────────────────

async function finishedRun(world: MutationWorld): Promise<string> {
  const run = await call(world, runRoute.POST, "POST", {}, { scenarioId: world.demo.baseScenarioId, iterations: 64, seed: 3 });
  expect(run.status).toBe(201);
  return (run.body as { run: { id: string } }).run.id;
}

/** A queued copy of a finished run (the API does not leave runs queued on demand): something to cancel. */
async function queuedRun(world: MutationWorld): Promise<string> {
  return (await insertRunLike(world.db, await finishedRun(world), { status: "queued", progress: 0 })).id;
}

const PRODUCTION_CSV = "period,ore_mined_t,waste_mined_t,ore_processed_t,head_grade,recovery_pct\n1,100,200,90,1.1,80\n2,100,200,90,1.2,81\n";

function importRequest(world: MutationWorld, version: number): Request {
  const form = new FormData();
  form.set("file", new Blob([new TextEncoder().encode(PRODUCTION_CSV)]), "production.csv");
  form.set("kind", "production");
  form.set("version", String(version));
  const url = `http://localhost:3000/api/scenarios/${world.demo.baseScenarioId}/import?dry_run=false`;
  return new Request(url, { method: "POST", body: form, headers: { cookie: world.cookie } });
}

export const simulationAndImportCases: Record<string, MutationCase> = {
  "POST /api/simulations/run": {
    changes: ["overview", "project"],
    arrange: async (world) => ({
      write: () => call(world, runRoute.POST, "POST", {}, { scenarioId: world.demo.baseScenarioId, iterations: 64, seed: 7 }),
    }),
  },
  "POST /api/simulations/{runId}/cancel": {
    changes: ["overview"],
    arrange: async (world) => {
      const runId = await queuedRun(world);
      return { write: () => call(world, cancelRoute.POST, "POST", { runId }) };
    },
  },
  "POST /api/simulations/{runId}/rerun": {
    changes: ["overview", "project"],
    arrange: async (world) => {
      const runId = await finishedRun(world);
      return { write: () => call(world, rerunRoute.POST, "POST", { runId }) };
    },
  },
  "POST /api/scenarios/{scenarioId}/import": {
    changes: ["overview", "project", "operations"],
    arrange: async (world) => ({
      write: async () => {
        const request = importRequest(world, await scenarioVersion(world));
        const response = await importRoute.POST(request, { params: Promise.resolve({ scenarioId: world.demo.baseScenarioId }) });
        return { status: response.status, body: JSON.parse(await response.text()) as unknown };
      },
    }),
  },
};
