import { z } from "zod";
import { CAPEX_CATEGORIES, CAPEX_KINDS } from "@/lib/domain/inputs";
import {
  currencyCode,
  lineageId,
  nonNegativeNumber,
  optionalText,
  rowListQuery,
  percentage,
  period,
  periodRangeQuery,
  requiredText,
  scenarioVersion,
  sortOrder,
} from "./common";

/** Every column of a capex item a caller sets (mirrors capex_items and its CHECKs). */
export const capexFieldsSchema = z.object({
  name: requiredText,
  category: z.enum(CAPEX_CATEGORIES),
  kind: z.enum(CAPEX_KINDS),
  /** Before contingency, in `currency`. */
  amount: nonNegativeNumber,
  currency: currencyCode,
  spendPeriod: period,
  contingencyPct: percentage,
  description: optionalText,
});

/** A complete capex item as created; columns with a database default may be left out. */
export const createCapexSchema = capexFieldsSchema.extend({
  contingencyPct: percentage.default(0),
  description: optionalText.default(null),
});
export const bulkCapexRowSchema = createCapexSchema.extend({ lineageId: lineageId.optional() });
export const updateCapexSchema = capexFieldsSchema.partial().extend({ version: scenarioVersion });

export const CAPEX_SORT_FIELDS = ["name", "category", "kind", "amount", "spendPeriod"] as const;
export const listCapexQuerySchema = rowListQuery.extend({
  ...periodRangeQuery.shape,
  category: z.enum(CAPEX_CATEGORIES).optional(),
  kind: z.enum(CAPEX_KINDS).optional(),
  sort: z.enum(CAPEX_SORT_FIELDS).default("spendPeriod"),
  order: sortOrder,
});

export type CapexInput = z.infer<typeof createCapexSchema>;
export type UpdateCapexInput = z.infer<typeof updateCapexSchema>;
export type ListCapexQuery = z.infer<typeof listCapexQuerySchema>;
