import { z } from "zod";
import { OPEX_BASES, OPEX_CATEGORIES } from "@/lib/domain/inputs";
import {
  checkPeriodOrder,
  escalationPercentage,
  lineageId,
  nonNegativeNumber,
  optionalText,
  rowListQuery,
  period,
  periodRangeQuery,
  requiredText,
  scenarioVersion,
  sortOrder,
} from "./common";

/** Every column of an opex item a caller sets (mirrors opex_items and its CHECKs). */
export const opexFieldsSchema = z.object({
  name: requiredText,
  category: z.enum(OPEX_CATEGORIES),
  /** What unit cost × quantity is per (tonne mined/processed, period, or a calendar frequency). */
  basis: z.enum(OPEX_BASES),
  unitCost: nonNegativeNumber,
  quantity: nonNegativeNumber,
  startPeriod: period,
  /** Inclusive; null = to the last production period. */
  endPeriod: period.nullable(),
  escalationPct: escalationPercentage,
  description: optionalText,
});

const opexRowSchema = opexFieldsSchema.extend({
  quantity: nonNegativeNumber.default(1),
  endPeriod: period.nullable().default(null),
  escalationPct: escalationPercentage.default(0),
  description: optionalText.default(null),
});

export const createOpexSchema = opexRowSchema.superRefine(checkPeriodOrder);
export const bulkOpexRowSchema = opexRowSchema
  .extend({ lineageId: lineageId.optional() })
  .superRefine(checkPeriodOrder);
export const updateOpexSchema = opexFieldsSchema
  .partial()
  .extend({ version: scenarioVersion })
  .superRefine(checkPeriodOrder);

export const OPEX_SORT_FIELDS = ["name", "category", "basis", "unitCost", "startPeriod"] as const;
export const listOpexQuerySchema = rowListQuery.extend({
  ...periodRangeQuery.shape,
  category: z.enum(OPEX_CATEGORIES).optional(),
  basis: z.enum(OPEX_BASES).optional(),
  sort: z.enum(OPEX_SORT_FIELDS).default("startPeriod"),
  order: sortOrder,
});

export type OpexInput = z.infer<typeof createOpexSchema>;
export type UpdateOpexInput = z.infer<typeof updateOpexSchema>;
export type ListOpexQuery = z.infer<typeof listOpexQuerySchema>;
