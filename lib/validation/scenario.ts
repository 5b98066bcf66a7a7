import { z } from "zod";
import { SCENARIO_STATUSES } from "@/lib/domain/scenarios";
import { scenarioSettingsPatchSchema } from "./scenario-settings";

export { SCENARIO_SETTING_SCHEMAS, scenarioSettingsPatchSchema } from "./scenario-settings";

// Scenario requests. Settings travel flat beside name/description/status (as the scenario row stores them).

const nameSchema = z.string().trim().min(1, "must not be blank").max(200, "must be at most 200 characters");
const descriptionSchema = z.string().trim().max(5000, "must be at most 5,000 characters").nullable().optional();

/**
 * A new scenario. Without parentScenarioId it is a root and must be complete (every REQUIRED_ROOT_SETTINGS
 * value; currency and discount rate default from the project): the service answers 422 with a field error per
 * missing setting. With parentScenarioId the settings given are the child's overrides.
 */
export const createScenarioSchema = scenarioSettingsPatchSchema.extend({
  name: nameSchema,
  description: descriptionSchema,
  status: z.enum(SCENARIO_STATUSES).default("draft"),
  isBaseCase: z.boolean().default(false),
  parentScenarioId: z.uuid().nullable().optional(),
});
export type CreateScenarioInput = z.infer<typeof createScenarioSchema>;

/** Any subset, plus the version the client read. In a child a setting sent as null reverts to the parent's. */
export const updateScenarioSchema = scenarioSettingsPatchSchema.extend({
  version: z.int().min(1),
  name: nameSchema.optional(),
  description: descriptionSchema,
  status: z.enum(SCENARIO_STATUSES).optional(),
  isBaseCase: z.boolean().optional(),
  /** Another scenario of the same project, or null to make it a root (it then keeps its effective inputs). */
  parentScenarioId: z.uuid().nullable().optional(),
});
export type UpdateScenarioInput = z.infer<typeof updateScenarioSchema>;

export const branchScenarioSchema = z.object({ name: nameSchema, description: descriptionSchema });
export type BranchScenarioInput = z.infer<typeof branchScenarioSchema>;

export const scenarioIdParamsSchema = z.object({ scenarioId: z.uuid() });

export const SCENARIO_INCLUDES = ["inheritance", "rows"] as const;
export const getScenarioQuerySchema = z.object({
  /** Comma-separated: inheritance (where each value comes from), rows (the effective input rows). */
  include: z
    .string()
    .optional()
    .transform((value) => new Set((value ?? "").split(",").map((part) => part.trim()).filter(Boolean)))
    .pipe(z.set(z.enum(SCENARIO_INCLUDES))),
});

export const deleteScenarioQuerySchema = z.object({
  /** What happens to children: without it a scenario with children is not deleted (409). */
  children: z.enum(["delete", "reparent"]).optional(),
});

export const listScenariosQuerySchema = z.object({
  status: z.enum(SCENARIO_STATUSES).optional(),
});

export const compareScenariosSchema = z.object({
  scenarioIds: z
    .array(z.uuid())
    .min(2, "compare at least 2 scenarios")
    .max(6, "compare at most 6 scenarios")
    .refine((ids) => new Set(ids).size === ids.length, "each scenario only once"),
});
export type CompareScenariosInput = z.infer<typeof compareScenariosSchema>;
