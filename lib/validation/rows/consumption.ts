import { z } from "zod";
import { RESOURCE_TYPES } from "@/lib/domain/inputs";
import {
  checkPeriodOrder,
  escalationPercentage,
  lineageId,
  nonNegativeNumber,
  rowListQuery,
  period,
  periodRangeQuery,
  requiredText,
  scenarioVersion,
  sortOrder,
} from "./common";

/** Every column of a consumption item a caller sets (mirrors consumption_items and its CHECKs). */
export const consumptionFieldsSchema = z.object({
  resourceType: z.enum(RESOURCE_TYPES),
  name: requiredText,
  /** Unit of quantity: "kg", "L", "m3", "kWh", … */
  unit: requiredText,
  /** Units per tonne processed; exactly one of this and quantityPerPeriod. */
  ratePerTonneProcessed: nonNegativeNumber.nullable(),
  /** Units per period, independent of throughput. */
  quantityPerPeriod: nonNegativeNumber.nullable(),
  /** Scenario currency per unit. */
  unitPrice: nonNegativeNumber,
  startPeriod: period,
  endPeriod: period.nullable(),
  escalationPct: escalationPercentage,
});

type ConsumptionBasis = { ratePerTonneProcessed?: number | null; quantityPerPeriod?: number | null };

/** Exactly one quantity basis (mirrors consumption_items_one_quantity_basis). */
function checkOneBasis(row: ConsumptionBasis, ctx: z.RefinementCtx): void {
  const count = [row.ratePerTonneProcessed, row.quantityPerPeriod].filter((value) => value != null).length;
  if (count !== 1) {
    const message = "Give either a rate per tonne processed or a quantity per period, not both or neither";
    ctx.addIssue({ code: "custom", path: ["ratePerTonneProcessed"], message });
    ctx.addIssue({ code: "custom", path: ["quantityPerPeriod"], message });
  }
}

function checkConsumptionRow(
  row: ConsumptionBasis & { startPeriod?: number; endPeriod?: number | null },
  ctx: z.RefinementCtx,
): void {
  checkOneBasis(row, ctx);
  checkPeriodOrder(row, ctx);
}

const consumptionRowSchema = consumptionFieldsSchema.extend({
  ratePerTonneProcessed: nonNegativeNumber.nullable().default(null),
  quantityPerPeriod: nonNegativeNumber.nullable().default(null),
  endPeriod: period.nullable().default(null),
  escalationPct: escalationPercentage.default(0),
});

export const createConsumptionSchema = consumptionRowSchema.superRefine(checkConsumptionRow);
export const bulkConsumptionRowSchema = consumptionRowSchema
  .extend({ lineageId: lineageId.optional() })
  .superRefine(checkConsumptionRow);
/** The basis rule is checked on the merged row: a patch may switch basis by nulling the other field. */
export const updateConsumptionSchema = consumptionFieldsSchema
  .partial()
  .extend({ version: scenarioVersion })
  .superRefine(checkPeriodOrder);

export const CONSUMPTION_SORT_FIELDS = ["name", "resourceType", "unitPrice", "startPeriod"] as const;
export const listConsumptionQuerySchema = rowListQuery.extend({
  ...periodRangeQuery.shape,
  resourceType: z.enum(RESOURCE_TYPES).optional(),
  sort: z.enum(CONSUMPTION_SORT_FIELDS).default("name"),
  order: sortOrder,
});

export type ConsumptionInput = z.infer<typeof createConsumptionSchema>;
export type UpdateConsumptionInput = z.infer<typeof updateConsumptionSchema>;
export type ListConsumptionQuery = z.infer<typeof listConsumptionQuerySchema>;
