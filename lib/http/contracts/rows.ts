import { z } from "zod";
import { defineContract, type ApiContract } from "@/lib/http/contracts/define";
import { replaceCorrelationsSchema } from "@/lib/validation/rows/correlation";
import { booleanFlag, ROW_ORIGINS, scenarioVersion } from "@/lib/validation/rows/common";
import {
  createMaintenanceSchema,
  listMaintenanceQuerySchema,
  maintenanceFieldsSchema,
  updateMaintenanceSchema,
} from "@/lib/validation/rows/maintenance";
import { ROW_KIND_VOCABULARY, SCENARIO_ROW_ENTITIES, type ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { ROW_SCHEMAS, type RowSchemas } from "@/lib/validation/rows";

// Contracts of the scenario input-row routes. In every item URL, {itemId} is the row's LINEAGE id: it names the
// same input across the scenario tree, so a child addresses an inherited row, its override and a removal by the
// id the parent's row has. The version in PATCH/PUT bodies and DELETE queries is the SCENARIO's version.

/** Most rows one bulk replace may carry. */
export const MAX_BULK_ROWS = 2000;

const scenarioParams = z.object({ scenarioId: z.uuid() });
const itemParams = scenarioParams.extend({
  itemId: z
    .uuid()
    .meta({ description: "The row's lineage id (stable across the scenario tree), not its storage id" }),
});
const storedRowMeta = {
  id: z
    .uuid()
    .meta({
      description: "Storage id of the row that supplies the values (in this scenario or an ancestor)",
    }),
  lineageId: z.uuid().meta({ description: "Stable id across the scenario tree; use it as {itemId}" }),
  scenarioId: z.uuid().meta({ description: "The scenario that stores the row" }),
  origin: z
    .enum(ROW_ORIGINS)
    .meta({
      description:
        "own: only this scenario has it; overridden: this scenario's value replaces the parent's; inherited: read from an ancestor",
    }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};
const versionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .meta({ description: "The scenario's version the change is based on" }),
  revert: booleanFlag.meta({
    description: "true: delete the override (back to the parent's value) or take back a removal",
  }),
});

/** The six contracts of one row kind: list, create and bulk replace on the collection; get, update, delete. */
export function rowContractsFor(entity: ScenarioRowEntity) {
  const schemas: RowSchemas = ROW_SCHEMAS[entity];
  const kind = { ...ROW_KIND_VOCABULARY[entity], ...schemas };
  const path = `/api/scenarios/{scenarioId}/${kind.segment}`;
  const tags = ["Scenario inputs"];
  const row = kind.fields.extend(storedRowMeta);
  const one = z.object({ data: row, scenarioVersion: z.int() });
  return {
    list: defineContract({
      method: "GET",
      path,
      tags,
      access: "viewer",
      params: scenarioParams,
      query: kind.listQuery,
      summary: `List the scenario's effective ${kind.label}s`,
      description:
        "Inherited, overridden and own rows, each marked with its origin; filtered, sorted, then paginated.",
      responses: {
        200: {
          description: "One page",
          schema: z.object({
            data: z.array(row),
            page: z.int(),
            pageSize: z.int(),
            total: z.int(),
            scenarioVersion: z.int(),
          }),
        },
      },
      errors: [404],
    }),
    create: defineContract({
      method: "POST",
      path,
      tags,
      access: "project_manager",
      params: scenarioParams,
      body: kind.create,
      summary: `Add a ${kind.label} to the scenario`,
      responses: { 201: { description: "Created (Location names the row by lineage id)", schema: one } },
      errors: [403, 404, 409, 422],
    }),
    replace: defineContract({
      method: "PUT",
      path,
      tags,
      access: "project_manager",
      params: scenarioParams,
      body: z.object({ version: scenarioVersion, rows: z.array(kind.bulkRow).max(MAX_BULK_ROWS) }),
      summary: `Replace all ${kind.label}s of the scenario`,
      description:
        "The body is the complete desired list of effective rows (existing rows carry their lineageId). One transaction writes only the differences: in a child, rows equal to the parent's are inherited, not copied. Field errors are keyed rows.<index>.<field>.",
      responses: {
        200: {
          description: "The effective rows after the change",
          schema: z.object({
            data: z.array(row),
            scenarioVersion: z.int(),
            changes: z.record(z.string(), z.int()),
          }),
        },
      },
      errors: [403, 404, 409, 422],
    }),
    get: defineContract({
      method: "GET",
      path: `${path}/{itemId}`,
      tags,
      access: "viewer",
      params: itemParams,
      summary: `Get one effective ${kind.label} by lineage id`,
      responses: { 200: { description: "The row", schema: one } },
      errors: [404],
    }),
    update: defineContract({
      method: "PATCH",
      path: `${path}/{itemId}`,
      tags,
      access: "project_manager",
      params: itemParams,
      body: kind.update,
      summary: `Change a ${kind.label}`,
      description:
        "On an inherited row this creates the scenario's override (same lineage); on an own row or override it updates it.",
      responses: { 200: { description: "The effective row after the change", schema: one } },
      errors: [403, 404, 409, 422],
    }),
    remove: defineContract({
      method: "DELETE",
      path: `${path}/{itemId}`,
      tags,
      access: "project_manager",
      params: itemParams,
      query: versionQuery,
      summary: `Delete, remove or revert a ${kind.label}`,
      description:
        "Deletes an own row; in a child, removes an inherited row. With revert=true, deletes the override or takes a removal back.",
      responses: { 204: { description: "Done; X-Scenario-Version carries the new version" } },
      errors: [403, 404, 409, 422],
    }),
  };
}

const pair = z.object({
  id: z.uuid(),
  scenarioId: z.uuid(),
  parameterALineageId: z.uuid(),
  parameterBLineageId: z.uuid(),
  coefficient: z.number(),
  origin: z.enum(ROW_ORIGINS),
});
const correlationsView = z.object({
  data: z.array(pair),
  check: z.object({
    isPositiveSemiDefinite: z.boolean(),
    repairs: z.array(
      z.object({
        parameterALineageId: z.uuid(),
        parameterBLineageId: z.uuid(),
        from: z.number(),
        to: z.number(),
      }),
    ),
  }),
  scenarioVersion: z.int(),
});

export const correlationContracts = {
  list: defineContract({
    method: "GET",
    path: "/api/scenarios/{scenarioId}/correlations",
    tags: ["Scenario inputs"],
    access: "viewer",
    params: scenarioParams,
    summary: "The scenario's effective rank correlations between parameters (by lineage id)",
    description:
      "Pairs with a coefficient of 0 are left out. `check` reports whether the matrix is positive semi-definite and what the engine's repair would change.",
    responses: { 200: { description: "The pairs", schema: correlationsView } },
    errors: [404],
  }),
  replace: defineContract({
    method: "PUT",
    path: "/api/scenarios/{scenarioId}/correlations",
    tags: ["Scenario inputs"],
    access: "project_manager",
    params: scenarioParams,
    body: replaceCorrelationsSchema,
    summary: "Replace the scenario's correlation matrix",
    description:
      "Pairs left out are 0 (a child switches an inherited pair off this way); only differences from the parent are stored.",
    responses: { 200: { description: "The pairs after the change", schema: correlationsView } },
    errors: [403, 404, 409, 422],
  }),
};

const logRow = maintenanceFieldsSchema.extend({
  id: z.uuid(),
  equipmentId: z.uuid(),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const equipmentParams = z.object({
  equipmentId: z.uuid().meta({ description: "The equipment ROW id (not its lineage id)" }),
});
const logParams = z.object({ logId: z.uuid() });
const logTags = ["Maintenance"];

export const maintenanceContracts = {
  list: defineContract({
    method: "GET",
    path: "/api/equipment/{equipmentId}/maintenance",
    tags: logTags,
    access: "viewer",
    params: equipmentParams,
    query: listMaintenanceQuerySchema,
    summary: "Maintenance logs of an equipment row, by date",
    description: "Operational actuals of this row only: a child scenario does not inherit them.",
    responses: {
      200: {
        description: "One page",
        schema: z.object({ data: z.array(logRow), page: z.int(), pageSize: z.int(), total: z.int() }),
      },
    },
    errors: [404],
  }),
  create: defineContract({
    method: "POST",
    path: "/api/equipment/{equipmentId}/maintenance",
    tags: logTags,
    access: "project_manager",
    params: equipmentParams,
    body: createMaintenanceSchema,
    summary: "Log maintenance performed on an equipment row",
    responses: { 201: { description: "Created", schema: z.object({ data: logRow }) } },
    errors: [403, 404, 422],
  }),
  get: defineContract({
    method: "GET",
    path: "/api/maintenance/{logId}",
    tags: logTags,
    access: "viewer",
    params: logParams,
    summary: "One maintenance log",
    responses: { 200: { description: "The log", schema: z.object({ data: logRow }) } },
    errors: [404],
  }),
  update: defineContract({
    method: "PATCH",
    path: "/api/maintenance/{logId}",
    tags: logTags,
    access: "project_manager",
    params: logParams,
    body: updateMaintenanceSchema,
    summary: "Change a maintenance log",
    responses: { 200: { description: "The log after the change", schema: z.object({ data: logRow }) } },
    errors: [403, 404, 422],
  }),
  remove: defineContract({
    method: "DELETE",
    path: "/api/maintenance/{logId}",
    tags: logTags,
    access: "project_manager",
    params: logParams,
    summary: "Delete a maintenance log",
    responses: { 204: { description: "Deleted" } },
    errors: [403, 404],
  }),
};

/** The contracts of every row kind, by kind. */
export const ROW_CONTRACTS = Object.fromEntries(SCENARIO_ROW_ENTITIES.map((entity) => [entity, rowContractsFor(entity)])) as {
  [E in ScenarioRowEntity]: ReturnType<typeof rowContractsFor>;
};

/** Every contract of the row routes, for the OpenAPI document. */
export const rowContracts: ApiContract[] = [
  ...Object.values(ROW_CONTRACTS).flatMap((contracts) => Object.values(contracts)),
  ...Object.values(correlationContracts),
  ...Object.values(maintenanceContracts),
];
