import { eq, inArray } from "drizzle-orm";
import * as actualRoute from "@/app/api/consumption-actuals/[actualId]/route";
import * as itemActualsRoute from "@/app/api/scenarios/[scenarioId]/consumption/[itemId]/actuals/route";
import { consumptionActuals, consumptionItems } from "@/db/schema";
import { call, type MutationCase, type MutationWorld } from "./world";

// Freshness cases: consumption actuals (issue #14). They feed distribution fits, not the cash flow, so of the three
// dashboards only the overview changes (its recent activity shows the audit row).

/** The base case's items with logged actuals (the demo's diesel and lime): their row ids. */
function itemsWithActuals(world: MutationWorld) {
  return world.db.select({ id: consumptionItems.id }).from(consumptionItems).where(eq(consumptionItems.scenarioId, world.demo.baseScenarioId));
}

async function demoActual(world: MutationWorld): Promise<string> {
  const [actual] = await world.db
    .select({ id: consumptionActuals.id })
    .from(consumptionActuals)
    .where(inArray(consumptionActuals.consumptionItemId, itemsWithActuals(world)))
    .limit(1);
  if (!actual) throw new Error("the demo base case has consumption actuals");
  return actual.id;
}

export const consumptionActualCases: Record<string, MutationCase> = {
  "POST /api/scenarios/{scenarioId}/consumption/{itemId}/actuals": {
    changes: ["overview"],
    arrange: async (world) => {
      const [item] = await world.db
        .select({ lineageId: consumptionItems.lineageId })
        .from(consumptionItems)
        .where(eq(consumptionItems.scenarioId, world.demo.baseScenarioId))
        .limit(1);
      if (!item) throw new Error("the demo base case has consumption items");
      const params = { scenarioId: world.demo.baseScenarioId, itemId: item.lineageId };
      const body = { periodStart: "2031-01-01", quantity: 41_250.5, unitCost: 1.12, currency: "USD" };
      return { write: () => call(world, itemActualsRoute.POST, "POST", params, body) };
    },
  },
  "PATCH /api/consumption-actuals/{actualId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const actualId = await demoActual(world);
      return { write: () => call(world, actualRoute.PATCH, "PATCH", { actualId }, { quantity: 12_345, unitCost: 0.98 }) };
    },
  },
  "DELETE /api/consumption-actuals/{actualId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const actualId = await demoActual(world);
      return { write: () => call(world, actualRoute.DELETE, "DELETE", { actualId }) };
    },
  },
};
