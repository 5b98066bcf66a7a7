import { z } from "zod";
import { CAPEX_CATEGORIES, OPEX_CATEGORIES } from "@/lib/domain/inputs";
import { RESOURCE_TYPES } from "@/lib/domain/inputs";
import { PARAMETER_APPLICATIONS, SAMPLING_MODES } from "@/lib/domain/inputs";
import { distributionSpecSchema } from "@/lib/engine/distributions";
import { MODEL_TARGETS, TARGET_INFO, type ModelTarget, type TargetInfo } from "@/lib/engine/model";
import {
  decimalNumber,
  lineageId,
  optionalText,
  rowListQuery,
  requiredText,
  scenarioVersion,
  sortOrder,
} from "./common";

/** Every column of a process parameter a caller sets (mirrors process_parameters and the engine's targets). */
export const parameterFieldsSchema = z.object({
  /** Unique in the scenario's effective parameters. */
  name: requiredText,
  target: z.enum(MODEL_TARGETS),
  /** What an item or category target names: an opex/capex item's LINEAGE id, a category or a resource type. */
  targetRef: z.string().trim().min(1).max(200).nullable(),
  application: z.enum(PARAMETER_APPLICATIONS),
  /** The deterministic value; a factor's base is usually 1. May be negative. */
  baseValue: decimalNumber,
  unit: requiredText,
  /** null: deterministic. Validated by the engine's own schema, so a stored spec always builds. */
  distribution: distributionSpecSchema.nullable(),
  sampling: z.enum(SAMPLING_MODES),
  description: optionalText,
});

const REF_VALUES: Record<NonNullable<TargetInfo["ref"]>, z.ZodType> = {
  opex_item_id: z.uuid(),
  capex_item_id: z.uuid(),
  opex_category: z.enum(OPEX_CATEGORIES),
  capex_category: z.enum(CAPEX_CATEGORIES),
  resource_type: z.enum(RESOURCE_TYPES),
};

type TargetedRow = {
  target?: ModelTarget;
  targetRef?: string | null;
  application?: string;
  sampling?: string;
};

/** The engine's per-target rules: which need a ref (and of what kind), factor-only targets, per-period use. */
function checkTargetRules(row: TargetedRow, ctx: z.RefinementCtx): void {
  if (!row.target) return;
  const info = TARGET_INFO[row.target];
  if (info.ref && row.targetRef == null) {
    ctx.addIssue({
      code: "custom",
      path: ["targetRef"],
      message: `Target ${row.target} needs a reference (${info.ref})`,
    });
  } else if (info.ref && row.targetRef != null && !REF_VALUES[info.ref].safeParse(row.targetRef).success) {
    ctx.addIssue({ code: "custom", path: ["targetRef"], message: `Not a valid ${info.ref}` });
  } else if (!info.ref && row.targetRef != null) {
    ctx.addIssue({ code: "custom", path: ["targetRef"], message: `Target ${row.target} takes no reference` });
  }
  if (info.absoluteUnit === null && row.application === "absolute") {
    ctx.addIssue({
      code: "custom",
      path: ["application"],
      message: `Target ${row.target} can only be applied as a factor`,
    });
  }
  if (!info.perPeriodAllowed && row.sampling === "per_period") {
    ctx.addIssue({
      code: "custom",
      path: ["sampling"],
      message: `Target ${row.target} is sampled once per iteration`,
    });
  }
}

const parameterRowSchema = parameterFieldsSchema.extend({
  targetRef: parameterFieldsSchema.shape.targetRef.default(null),
  application: z.enum(PARAMETER_APPLICATIONS).default("absolute"),
  distribution: distributionSpecSchema.nullable().default(null),
  sampling: z.enum(SAMPLING_MODES).default("per_iteration"),
  description: optionalText.default(null),
});

export const createParameterSchema = parameterRowSchema.superRefine(checkTargetRules);
export const bulkParameterRowSchema = parameterRowSchema
  .extend({ lineageId: lineageId.optional() })
  .superRefine(checkTargetRules);
/** Target rules are checked on the merged row (a patch may change the target and its ref separately). */
export const updateParameterSchema = parameterFieldsSchema.partial().extend({ version: scenarioVersion });

export const PARAMETER_SORT_FIELDS = ["name", "target", "baseValue"] as const;
export const listParameterQuerySchema = rowListQuery.extend({
  target: z.enum(MODEL_TARGETS).optional(),
  sampling: z.enum(SAMPLING_MODES).optional(),
  /** "true": only parameters with a distribution; "false": only deterministic ones. */
  stochastic: z.enum(["true", "false"]).optional(),
  sort: z.enum(PARAMETER_SORT_FIELDS).default("name"),
  order: sortOrder,
});

export type ParameterInput = z.infer<typeof createParameterSchema>;
export type UpdateParameterInput = z.infer<typeof updateParameterSchema>;
export type ListParameterQuery = z.infer<typeof listParameterQuerySchema>;
