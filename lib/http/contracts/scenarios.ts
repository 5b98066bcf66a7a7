import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { SCENARIO_STATUSES } from "@/lib/domain/scenarios";
import { projectIdParamsSchema } from "@/lib/validation/project";
import { quickStartSchema } from "@/lib/validation/quick-start";
import {
  branchScenarioSchema,
  compareScenariosSchema,
  createScenarioSchema,
  deleteScenarioQuerySchema,
  getScenarioQuerySchema,
  listScenariosQuerySchema,
  SCENARIO_SETTING_SCHEMAS,
  scenarioIdParamsSchema,
  updateScenarioSchema,
} from "@/lib/validation/scenario";

const effectiveSettingsSchema = z
  .object(
    Object.fromEntries(Object.entries(SCENARIO_SETTING_SCHEMAS).map(([key, schema]) => [key, schema.nullable()])) as {
      [K in keyof typeof SCENARIO_SETTING_SCHEMAS]: z.ZodNullable<(typeof SCENARIO_SETTING_SCHEMAS)[K]>;
    },
  )
  .meta({ id: "ScenarioSettings", description: "Effective (resolved along the ancestry) settings" });

const originSchema = z.object({
  origin: z.enum(["own", "inherited", "overridden", "unset"]),
  sourceScenarioId: z.uuid().nullable(),
});

export const scenarioHeaderOutputSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  parentScenarioId: z.uuid().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(SCENARIO_STATUSES),
  isBaseCase: z.boolean(),
  version: z.int().meta({ description: "Send it back with PATCH; bumped by any change, rows included" }),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const scenarioOutputSchema = scenarioHeaderOutputSchema
  .extend({
    ancestors: z.array(z.object({ id: z.uuid(), name: z.string() })).meta({ description: "Root first" }),
    settings: effectiveSettingsSchema,
    inheritance: z
      .object({
        settings: z.record(z.string(), originSchema),
        rows: z.record(z.string(), z.array(originSchema.extend({ id: z.uuid(), lineageId: z.string() }))),
      })
      .optional()
      .meta({ description: "With ?include=inheritance" }),
    rows: z
      .record(z.string(), z.array(z.record(z.string(), z.unknown())))
      .optional()
      .meta({ description: "With ?include=rows: effective rows by kind (parameter, production, capex, opex, consumption, equipment, correlations)" }),
  })
  .meta({ id: "Scenario" });

const TAGS = ["Scenarios"];
const scenarioBody = z.object({ scenario: scenarioOutputSchema });

export const listScenariosContract = defineContract({
  method: "GET",
  path: "/api/projects/{projectId}/scenarios",
  summary: "List a project's scenarios (the whole tree; parentScenarioId links it)",
  tags: TAGS,
  access: "viewer",
  params: projectIdParamsSchema,
  query: listScenariosQuerySchema,
  responses: {
    200: { description: "The scenarios", schema: z.object({ items: z.array(scenarioHeaderOutputSchema.extend({ childCount: z.int() })) }) },
  },
  errors: [404],
});

export const createScenarioContract = defineContract({
  method: "POST",
  path: "/api/projects/{projectId}/scenarios",
  summary: "Create a scenario (a root must be complete; currency and discount rate default from the project)",
  tags: TAGS,
  access: "project_manager",
  params: projectIdParamsSchema,
  body: createScenarioSchema,
  responses: { 201: { description: "Created; Location names it", schema: scenarioBody } },
  errors: [403, 404, 409, 422],
});

export const quickStartScenarioContract = defineContract({
  method: "POST",
  path: "/api/projects/{projectId}/scenarios/quick-start",
  summary: "Create a complete scenario from a few figures (quick start), units by the commodity",
  description:
    "One transaction: a root scenario with the commodity's revenue terms and units (gold and silver USD/oz at g/t, base metals USD/lb at %), one construction year holding the initial capex, a production row per year of the life at the ore rate, head grade and recovery given (tonnageBasis total spreads the tonnage evenly), and the operating cost per tonne processed. Its cash flow can be computed at once; the editor refines it.",
  tags: TAGS,
  access: "project_manager",
  params: projectIdParamsSchema,
  body: quickStartSchema,
  responses: { 201: { description: "Created; Location names it", schema: scenarioBody } },
  errors: [403, 404, 409, 422],
});

export const getScenarioContract = defineContract({
  method: "GET",
  path: "/api/scenarios/{scenarioId}",
  summary: "Get the effective scenario (?include=inheritance,rows)",
  tags: TAGS,
  access: "viewer",
  params: scenarioIdParamsSchema,
  query: getScenarioQuerySchema,
  responses: { 200: { description: "The effective scenario", schema: scenarioBody } },
  errors: [404],
});

export const updateScenarioContract = defineContract({
  method: "PATCH",
  path: "/api/scenarios/{scenarioId}",
  summary: "Update a scenario (send the version you read; in a child null reverts a setting to the parent's)",
  tags: TAGS,
  access: "project_manager",
  params: scenarioIdParamsSchema,
  body: updateScenarioSchema,
  responses: { 200: { description: "The effective scenario after the change", schema: scenarioBody } },
  errors: [403, 404, 409, 422],
});

export const deleteScenarioContract = defineContract({
  method: "DELETE",
  path: "/api/scenarios/{scenarioId}",
  summary: "Delete a scenario; with children only with ?children=delete (subtree) or ?children=reparent",
  description:
    "reparent: each child moves to the deleted scenario's parent and first takes over, as its own, the settings and rows it inherited from the deleted scenario, so its effective inputs do not change (children of a deleted root become complete roots).",
  tags: TAGS,
  access: "project_manager",
  params: scenarioIdParamsSchema,
  query: deleteScenarioQuerySchema,
  responses: { 204: { description: "Deleted" } },
  errors: [403, 404, 409],
});

export const branchScenarioContract = defineContract({
  method: "POST",
  path: "/api/scenarios/{scenarioId}/branch",
  summary: "Branch a child scenario that inherits everything",
  tags: TAGS,
  access: "project_manager",
  params: scenarioIdParamsSchema,
  body: branchScenarioSchema,
  responses: { 201: { description: "The effective child; Location names it", schema: scenarioBody } },
  errors: [403, 404, 409, 422],
});

export const compareScenariosContract = defineContract({
  method: "POST",
  path: "/api/projects/{projectId}/scenarios/compare",
  summary: "Compare 2–6 scenarios of a project: effective settings, key inputs, deterministic metrics, differences",
  description:
    "422 codes: SCENARIO_PROJECT_MISMATCH, SCENARIO_STATUS_INVALID (archived), SCENARIO_CURRENCY_MISMATCH, SCENARIO_TIMELINE_DISJOINT, SCENARIO_RESOURCE_MISMATCH. An id not found in the project's organisation is a 404.",
  tags: TAGS,
  access: "viewer",
  params: projectIdParamsSchema,
  body: compareScenariosSchema,
  responses: { 200: { description: "The comparison", schema: z.object({ comparison: z.record(z.string(), z.unknown()) }) } },
  errors: [404, 422],
});

export const scenarioCashFlowContract = defineContract({
  method: "GET",
  path: "/api/scenarios/{scenarioId}/cashflow",
  summary: "Deterministic cash-flow table, metrics, capex and opex plans of the effective scenario",
  description: "422 SCENARIO_INPUTS_INVALID with the engine's errors as fieldErrors when the inputs cannot be modelled.",
  tags: TAGS,
  access: "viewer",
  params: scenarioIdParamsSchema,
  responses: { 200: { description: "Table, metrics and plans", schema: z.object({ cashFlow: z.record(z.string(), z.unknown()) }) } },
  errors: [404, 422],
});

export const scenarioContracts = [
  listScenariosContract,
  createScenarioContract,
  quickStartScenarioContract,
  getScenarioContract,
  updateScenarioContract,
  deleteScenarioContract,
  branchScenarioContract,
  compareScenariosContract,
  scenarioCashFlowContract,
];
