import { expect } from "vitest";
import * as capexItemRoute from "@/app/api/scenarios/[scenarioId]/capex/[itemId]/route";
import * as capexRoute from "@/app/api/scenarios/[scenarioId]/capex/route";
import * as consumptionItemRoute from "@/app/api/scenarios/[scenarioId]/consumption/[itemId]/route";
import * as consumptionRoute from "@/app/api/scenarios/[scenarioId]/consumption/route";
import * as equipmentItemRoute from "@/app/api/scenarios/[scenarioId]/equipment/[itemId]/route";
import * as equipmentRoute from "@/app/api/scenarios/[scenarioId]/equipment/route";
import * as opexItemRoute from "@/app/api/scenarios/[scenarioId]/opex/[itemId]/route";
import * as opexRoute from "@/app/api/scenarios/[scenarioId]/opex/route";
import * as parameterItemRoute from "@/app/api/scenarios/[scenarioId]/parameters/[itemId]/route";
import * as parametersRoute from "@/app/api/scenarios/[scenarioId]/parameters/route";
import * as productItemRoute from "@/app/api/scenarios/[scenarioId]/products/[itemId]/route";
import * as productsRoute from "@/app/api/scenarios/[scenarioId]/products/route";
import * as productionItemRoute from "@/app/api/scenarios/[scenarioId]/production/[itemId]/route";
import * as productionRoute from "@/app/api/scenarios/[scenarioId]/production/route";
import { ROW_SEGMENTS, type RowSegment } from "@/lib/domain/row-kinds";
import { call, dataOf, scenarioVersion, type DashboardName, type MutationCase, type MutationWorld } from "./world";

// Freshness cases: input rows.

// ── Input rows: create, bulk replace (every editor's Save), change and delete, per kind ────────────────────────

type RowRoutes = { collection: typeof capexRoute; item: typeof capexItemRoute };

const ROW_ROUTES: Record<RowSegment, RowRoutes> = {
  parameters: { collection: parametersRoute, item: parameterItemRoute },
  production: { collection: productionRoute, item: productionItemRoute },
  capex: { collection: capexRoute, item: capexItemRoute },
  opex: { collection: opexRoute, item: opexItemRoute },
  consumption: { collection: consumptionRoute, item: consumptionItemRoute },
  equipment: { collection: equipmentRoute, item: equipmentItemRoute },
  products: { collection: productsRoute, item: productItemRoute },
};

/** A new row per kind, big enough to move the dashboards that show the kind (period 17 follows the demo's last). */
const NEW_ROW: Record<RowSegment, Record<string, unknown>> = {
  parameters: { name: "Fresh parameter", target: "price", baseValue: 4, unit: "USD/lb" },
  production: { period: 17, oreMinedT: 1_000_000, wasteMinedT: 2_000_000, oreProcessedT: 900_000, headGrade: 0.5, recoveryPct: 90 },
  capex: { name: "Fresh capex", category: "equipment", kind: "initial", amount: 5_000_000, currency: "USD", spendPeriod: 1 },
  opex: { name: "Fresh opex", category: "mining", basis: "per_tonne_mined", unitCost: 2, startPeriod: 1 },
  consumption: { resourceType: "fuel", name: "Fresh diesel", unit: "L", quantityPerPeriod: 100_000, unitPrice: 1, startPeriod: 1 },
  equipment: { name: "Fresh truck", equipmentType: "haul_truck", purchaseCost: 1_000_000, operatingCostPerHour: 100, hoursPerYear: 6000, lifeYears: 7, availabilityPct: 85 },
  products: { name: "Fresh gold", role: "by_product", gradeUnit: "g_per_t", priceUnit: "oz", price: 2000, headGrade: 0.3, recoveryPct: 70, payablePct: 90 },
};

/** A change of a demo row per kind, to a value no demo row has. */
const ROW_CHANGE: Record<RowSegment, Record<string, unknown>> = {
  parameters: { baseValue: 4.321 },
  production: { headGrade: 0.777 },
  capex: { amount: 7_654_321 },
  opex: { unitCost: 3.217 },
  consumption: { unitPrice: 1.237 },
  equipment: { quantity: 17 },
  products: { price: 2345.6 },
};

/**
 * The dashboards that show each kind of the base case's rows; the overview always shows the audit row. Parameters
 * only shape simulation runs, which these writes do not start: no dashboard figure depends on them.
 */
const ROW_REACH: Record<RowSegment, readonly DashboardName[]> = {
  parameters: ["overview"],
  production: ["overview", "project", "operations"],
  capex: ["overview", "project"],
  opex: ["overview", "project"],
  consumption: ["overview", "project", "operations"],
  equipment: ["overview", "project", "operations"],
  // Revenue, NSR and AISC of the project dashboard; the operations dashboard shows no revenue.
  products: ["overview", "project"],
};

/** The demo's periods are all taken: a new one follows the mine's life, so the cash flow does not model it. */
const REACH_EXCEPTIONS: Readonly<Record<string, readonly DashboardName[]>> = {
  "POST /api/scenarios/{scenarioId}/production": ["overview", "operations"],
  "DELETE /api/scenarios/{scenarioId}/production/{itemId}": ["overview", "operations"],
};

type Row = Record<string, unknown> & { lineageId: string };

/** The rows the scenario editor shows (its GET), of the base case. */
async function editorRows(world: MutationWorld, segment: RowSegment): Promise<Row[]> {
  const params = { scenarioId: world.demo.baseScenarioId };
  const answer = await call(world, ROW_ROUTES[segment].collection.GET, "GET", params, undefined, "/x?pageSize=500");
  expect(answer.status).toBe(200);
  return dataOf<Row[]>(answer);
}

/** The last row: for production a period of the mine's life (the first ones are construction, without ore). */
async function lastRow(world: MutationWorld, segment: RowSegment): Promise<Row> {
  const row = (await editorRows(world, segment)).at(-1);
  if (row) return row;
  // The demo base case may have no products: arrange one (before the dashboards are warmed).
  if (segment !== "products") throw new Error(`the demo base case has no ${segment} rows`);
  const created = await call(world, ROW_ROUTES[segment].collection.POST, "POST", scenarioOf(world), NEW_ROW[segment]);
  expect(created.status).toBe(201);
  return dataOf<Row>(created);
}

type RowCase = (segment: RowSegment, routes: RowRoutes) => MutationCase["arrange"];

const scenarioOf = (world: MutationWorld) => ({ scenarioId: world.demo.baseScenarioId });
const itemOf = (world: MutationWorld, row: Row) => ({ ...scenarioOf(world), itemId: row.lineageId });

const createRow: RowCase = (segment, routes) => async (world) => ({
  write: () => call(world, routes.collection.POST, "POST", scenarioOf(world), NEW_ROW[segment]),
  verify: async (answer) => {
    expect((await editorRows(world, segment)).map((row) => row.lineageId)).toContain(dataOf<Row>(answer).lineageId);
  },
});

/** The editor's Save: the whole table sent back, one row changed. */
const replaceRows: RowCase = (segment, routes) => async (world) => {
  const changed = await lastRow(world, segment);
  const rows = await editorRows(world, segment);
  const desired = rows.map((row) => (row.lineageId === changed.lineageId ? { ...row, ...ROW_CHANGE[segment] } : row));
  const body = { version: await scenarioVersion(world), rows: desired };
  return {
    write: () => call(world, routes.collection.PUT, "PUT", scenarioOf(world), body),
    verify: async () => {
      const saved = (await editorRows(world, segment)).find((row) => row.lineageId === changed.lineageId);
      expect(saved).toMatchObject(ROW_CHANGE[segment]);
    },
  };
};

const changeRow: RowCase = (segment, routes) => async (world) => {
  const row = await lastRow(world, segment);
  const body = { version: await scenarioVersion(world), ...ROW_CHANGE[segment] };
  return {
    write: () => call(world, routes.item.PATCH, "PATCH", itemOf(world, row), body),
    verify: async () => {
      expect(dataOf(await call(world, routes.item.GET, "GET", itemOf(world, row)))).toMatchObject(ROW_CHANGE[segment]);
    },
  };
};

const deleteRow: RowCase = (segment, routes) => async (world) => {
  // A row of its own: demo rows may be referenced (maintenance logs, correlations) and refuse deletion.
  const created = await call(world, routes.collection.POST, "POST", scenarioOf(world), NEW_ROW[segment]);
  expect(created.status).toBe(201);
  const row = dataOf<Row>(created);
  return {
    write: async () => {
      const url = `/x?version=${await scenarioVersion(world)}`;
      return call(world, routes.item.DELETE, "DELETE", itemOf(world, row), undefined, url);
    },
    verify: async () => {
      expect((await editorRows(world, segment)).map((r) => r.lineageId)).not.toContain(row.lineageId);
    },
  };
};

const ROW_METHODS: [method: string, suffix: string, arrange: RowCase][] = [
  ["POST", "", createRow],
  ["PUT", "", replaceRows],
  ["PATCH", "/{itemId}", changeRow],
  ["DELETE", "/{itemId}", deleteRow],
];

function rowCases(segment: RowSegment): Record<string, MutationCase> {
  const entries = ROW_METHODS.map(([method, suffix, arrange]): [string, MutationCase] => {
    const key = `${method} /api/scenarios/{scenarioId}/${segment}${suffix}`;
    return [key, { changes: REACH_EXCEPTIONS[key] ?? ROW_REACH[segment], arrange: arrange(segment, ROW_ROUTES[segment]) }];
  });
  return Object.fromEntries(entries);
}

export const inputRowCases: Record<string, MutationCase> = Object.assign({}, ...ROW_SEGMENTS.map(rowCases));
