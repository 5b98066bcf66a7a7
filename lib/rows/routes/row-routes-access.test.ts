import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { consumptionActuals, consumptionItems, equipment, maintenanceLogs } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { ENTITY_OF_SEGMENT, ROW_SEGMENTS, type RowSegment } from "@/lib/domain/row-kinds";
import { ROW_KINDS } from "../kinds";
import { correlationRoutes, maintenanceRoutes, rowRoutes } from ".";
import {
  CALLERS,
  createWorld,
  insertMaintenanceLog,
  insertRow,
  scenarioVersionOf,
  validBody,
  validPatch,
  type Caller,
  type World,
} from "@/tests/support/row-fixtures";

// The generated role matrix: every row route × every caller, each asserting exactly the status it must get.
// Reads: viewer and above. Writes: project_manager and admin. Anonymous: 401. A member of another
// organisation: 404 (our ids are invisible to them), and our admin gets 404 for the other organisation's ids.

const getDb = useTestDb();
const { GET: getCorrelations, PUT: putCorrelations } = correlationRoutes;
const {
  list: listMaintenance,
  create: createMaintenance,
  get: getMaintenance,
  update: updateMaintenance,
  remove: deleteMaintenance,
} = maintenanceRoutes;

type Target = { scenarioId: string; equipmentId: string };
type RouteCase = {
  route: string;
  isWrite: boolean;
  success: number;
  /** Prepares what the request needs in `target` (fresh rows, current version) and calls the route. */
  call: (world: World, target: Target, cookie: string | undefined) => Promise<{ status: number }>;
};

const URL_BASE = "http://localhost:3000";

function rowCases(segment: RowSegment): RouteCase[] {
  const { collection, item } = rowRoutes[segment];
  const base = `/api/scenarios/{id}/${segment}`;
  const at = (target: Target) => ({ scenarioId: target.scenarioId });
  return [
    {
      route: `GET ${base}`,
      isWrite: false,
      success: 200,
      call: (w, t, cookie) =>
        callRoute(collection.GET, "GET", `${URL_BASE}/x?pageSize=5`, { params: at(t), cookie }),
    },
    {
      route: `POST ${base}`,
      isWrite: true,
      success: 201,
      call: (w, t, cookie) =>
        callRoute(collection.POST, "POST", "/x", { params: at(t), body: validBody(segment), cookie }),
    },
    {
      route: `PUT ${base}`,
      isWrite: true,
      success: 200,
      call: async (w, t, cookie) => {
        const version = await scenarioVersionOf(w.db, t.scenarioId);
        const { lineageId } = await insertRow(w.db, segment, t.scenarioId);
        const row = { ...ROW_KINDS[ENTITY_OF_SEGMENT[segment]].create.parse(validBody(segment)), lineageId };
        return callRoute(collection.PUT, "PUT", "/x", {
          params: at(t),
          body: { version, rows: [row] },
          cookie,
        });
      },
    },
    {
      route: `GET ${base}/{itemId}`,
      isWrite: false,
      success: 200,
      call: async (w, t, cookie) => {
        const { lineageId } = await insertRow(w.db, segment, t.scenarioId);
        return callRoute(item.GET, "GET", "/x", { params: { ...at(t), itemId: lineageId }, cookie });
      },
    },
    {
      route: `PATCH ${base}/{itemId}`,
      isWrite: true,
      success: 200,
      call: async (w, t, cookie) => {
        const { lineageId } = await insertRow(w.db, segment, t.scenarioId);
        const version = await scenarioVersionOf(w.db, t.scenarioId);
        return callRoute(item.PATCH, "PATCH", "/x", {
          params: { ...at(t), itemId: lineageId },
          body: { version, ...validPatch(segment) },
          cookie,
        });
      },
    },
    {
      route: `DELETE ${base}/{itemId}`,
      isWrite: true,
      success: 204,
      call: async (w, t, cookie) => {
        const { lineageId } = await insertRow(w.db, segment, t.scenarioId);
        const version = await scenarioVersionOf(w.db, t.scenarioId);
        return callRoute(item.DELETE, "DELETE", `${URL_BASE}/x?version=${version}`, {
          params: { ...at(t), itemId: lineageId },
          cookie,
        });
      },
    },
  ];
}

const otherCases: RouteCase[] = [
  {
    route: "GET /api/scenarios/{id}/correlations",
    isWrite: false,
    success: 200,
    call: (w, t, cookie) =>
      callRoute(getCorrelations, "GET", "/x", { params: { scenarioId: t.scenarioId }, cookie }),
  },
  {
    route: "PUT /api/scenarios/{id}/correlations",
    isWrite: true,
    success: 200,
    call: async (w, t, cookie) => {
      const version = await scenarioVersionOf(w.db, t.scenarioId);
      return callRoute(putCorrelations, "PUT", "/x", {
        params: { scenarioId: t.scenarioId },
        body: { version, pairs: [] },
        cookie,
      });
    },
  },
  {
    route: "GET /api/equipment/{id}/maintenance",
    isWrite: false,
    success: 200,
    call: (w, t, cookie) =>
      callRoute(listMaintenance, "GET", `${URL_BASE}/x?type=inspection`, {
        params: { equipmentId: t.equipmentId },
        cookie,
      }),
  },
  {
    route: "POST /api/equipment/{id}/maintenance",
    isWrite: true,
    success: 201,
    call: (w, t, cookie) =>
      callRoute(createMaintenance, "POST", "/x", {
        params: { equipmentId: t.equipmentId },
        body: { performedOn: "2025-05-02", type: "corrective", cost: 500, currency: "USD" },
        cookie,
      }),
  },
  {
    route: "GET /api/maintenance/{id}",
    isWrite: false,
    success: 200,
    call: async (w, t, cookie) =>
      callRoute(getMaintenance, "GET", "/x", {
        params: { logId: await insertMaintenanceLog(w.db, t.equipmentId) },
        cookie,
      }),
  },
  {
    route: "PATCH /api/maintenance/{id}",
    isWrite: true,
    success: 200,
    call: async (w, t, cookie) =>
      callRoute(updateMaintenance, "PATCH", "/x", {
        params: { logId: await insertMaintenanceLog(w.db, t.equipmentId) },
        body: { cost: 12 },
        cookie,
      }),
  },
  {
    route: "DELETE /api/maintenance/{id}",
    isWrite: true,
    success: 204,
    call: async (w, t, cookie) =>
      callRoute(deleteMaintenance, "DELETE", "/x", {
        params: { logId: await insertMaintenanceLog(w.db, t.equipmentId) },
        cookie,
      }),
  },
];

const ROUTE_CASES: RouteCase[] = [
  ...ROW_SEGMENTS.flatMap(rowCases),
  ...otherCases,
];

function expectedStatus(caller: Caller, routeCase: RouteCase): number {
  if (caller === "anonymous") return 401;
  if (caller === "other_org") return 404;
  if (!routeCase.isWrite) return routeCase.success;
  return caller === "project_manager" || caller === "admin" ? routeCase.success : 403;
}

async function clearBaseActuals(db: Db, scenarioIds: string[]): Promise<void> {
  const fleet = db.select({ id: equipment.id }).from(equipment).where(inArray(equipment.scenarioId, scenarioIds));
  await db.delete(maintenanceLogs).where(inArray(maintenanceLogs.equipmentId, fleet));
  const items = db.select({ id: consumptionItems.id }).from(consumptionItems).where(inArray(consumptionItems.scenarioId, scenarioIds));
  await db.delete(consumptionActuals).where(inArray(consumptionActuals.consumptionItemId, items));
}

let worldPromise: Promise<World & { ours: Target; theirs: Target }> | undefined;
async function world() {
  worldPromise ??= (async () => {
    const db = await getDb();
    const created = await createWorld(db);
    // Maintenance targets live in the child scenario, so bulk replaces of the base case never delete them; the
    // demo's own maintenance history on the base fleet and its consumption actuals go too, because rows with
    // actuals may not be replaced away (EQUIPMENT_HAS_MAINTENANCE in row-routes.test.ts, CONSUMPTION_HAS_ACTUALS in
    // consumption-actual-routes.test.ts) and this matrix is about roles.
    await clearBaseActuals(db, [created.ids.baseScenarioId, created.other.ids.baseScenarioId]);
    const equipmentOf = async (scenarioId: string) => (await insertRow(db, "equipment", scenarioId)).id;
    return {
      ...created,
      ours: {
        scenarioId: created.ids.baseScenarioId,
        equipmentId: await equipmentOf(created.ids.childScenarioId),
      },
      theirs: {
        scenarioId: created.other.ids.baseScenarioId,
        equipmentId: await equipmentOf(created.other.ids.childScenarioId),
      },
    };
  })();
  return worldPromise;
}

describe("row routes: the role matrix", () => {
  it("covers every row route (7 kinds × 6, correlations × 2, maintenance × 5)", () => {
    expect(ROUTE_CASES).toHaveLength(49);
  });

  describe.each(ROUTE_CASES)("$route", (routeCase) => {
    it.each(CALLERS)("answers %s with exactly the status its role allows", async (caller) => {
      const w = await world();
      const response = await routeCase.call(w, w.ours, w.cookies[caller]);
      expect({ caller, status: response.status }).toEqual({
        caller,
        status: expectedStatus(caller, routeCase),
      });
    });

    it("answers 404 to our admin for the other organisation's ids", async () => {
      const w = await world();
      const response = await routeCase.call(w, w.theirs, w.cookies.admin);
      expect(response.status).toBe(404);
    });
  });
});
