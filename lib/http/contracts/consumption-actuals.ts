import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import {
  consumptionActualFieldsSchema,
  createConsumptionActualSchema,
  listConsumptionActualsQuerySchema,
  updateConsumptionActualSchema,
} from "@/lib/validation/rows/consumption-actuals";

// Consumption actuals (issue #14): what a consumption item really used, logged per period, for fitting
// distributions. Reached under the scenario by the item's LINEAGE id (as the item's own routes), stored on the
// scenario's effective row of the item, like maintenance logs on an equipment row: never inherited, no version.

const actualRow = consumptionActualFieldsSchema.extend({
  id: z.uuid(),
  consumptionItemId: z.uuid().meta({ description: "The consumption item ROW the actual hangs from (storage id)" }),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const itemParams = z.object({
  scenarioId: z.uuid(),
  itemId: z.uuid().meta({ description: "The consumption item's lineage id, as in /api/scenarios/{id}/consumption/{itemId}" }),
});
const actualParams = z.object({ actualId: z.uuid() });
const tags = ["Consumption actuals"];
const ITEM_PATH = "/api/scenarios/{scenarioId}/consumption/{itemId}/actuals";
const ACTUAL_PATH = "/api/consumption-actuals/{actualId}";

export const consumptionActualContracts = {
  list: defineContract({
    method: "GET",
    path: ITEM_PATH,
    tags,
    access: "viewer",
    params: itemParams,
    query: listConsumptionActualsQuerySchema,
    summary: "Consumption actuals of a scenario's consumption item, by period",
    description: "Actuals of the scenario's effective row of the item only: a child scenario that overrides the item starts with none.",
    responses: {
      200: {
        description: "One page",
        schema: z.object({ data: z.array(actualRow), page: z.int(), pageSize: z.int(), total: z.int() }),
      },
    },
    errors: [404],
  }),
  create: defineContract({
    method: "POST",
    path: ITEM_PATH,
    tags,
    access: "project_manager",
    params: itemParams,
    body: createConsumptionActualSchema,
    summary: "Log the quantity a consumption item used in a period, and its unit cost",
    responses: { 201: { description: "Created", schema: z.object({ data: actualRow }) } },
    errors: [403, 404, 422],
  }),
  get: defineContract({
    method: "GET",
    path: ACTUAL_PATH,
    tags,
    access: "viewer",
    params: actualParams,
    summary: "One consumption actual",
    responses: { 200: { description: "The actual", schema: z.object({ data: actualRow }) } },
    errors: [404],
  }),
  update: defineContract({
    method: "PATCH",
    path: ACTUAL_PATH,
    tags,
    access: "project_manager",
    params: actualParams,
    body: updateConsumptionActualSchema,
    summary: "Change a consumption actual",
    responses: { 200: { description: "The actual after the change", schema: z.object({ data: actualRow }) } },
    errors: [403, 404, 422],
  }),
  remove: defineContract({
    method: "DELETE",
    path: ACTUAL_PATH,
    tags,
    access: "project_manager",
    params: actualParams,
    summary: "Delete a consumption actual",
    responses: { 204: { description: "Deleted" } },
    errors: [403, 404],
  }),
};

export const consumptionActualContractList = Object.values(consumptionActualContracts);
