import { z } from "zod";
import {
  lineageId,
  nonNegativeNumber,
  rowListQuery,
  percentage,
  period,
  periodRangeQuery,
  scenarioVersion,
  sortOrder,
} from "./common";

/** One period of the production schedule (mirrors production_outputs and its CHECKs). */
export const productionFieldsSchema = z.object({
  /** Unique per period in the scenario's effective schedule. */
  period,
  oreMinedT: nonNegativeNumber,
  wasteMinedT: nonNegativeNumber,
  oreProcessedT: nonNegativeNumber,
  /** In the scenario's grade unit (%, g/t or ppm). */
  headGrade: nonNegativeNumber,
  recoveryPct: percentage,
});

export const createProductionSchema = productionFieldsSchema;
export const bulkProductionRowSchema = createProductionSchema.extend({ lineageId: lineageId.optional() });
export const updateProductionSchema = productionFieldsSchema.partial().extend({ version: scenarioVersion });

export const PRODUCTION_SORT_FIELDS = [
  "period",
  "oreMinedT",
  "oreProcessedT",
  "headGrade",
  "recoveryPct",
] as const;
export const listProductionQuerySchema = rowListQuery.extend({
  ...periodRangeQuery.shape,
  sort: z.enum(PRODUCTION_SORT_FIELDS).default("period"),
  order: sortOrder,
});

export type ProductionInput = z.infer<typeof createProductionSchema>;
export type UpdateProductionInput = z.infer<typeof updateProductionSchema>;
export type ListProductionQuery = z.infer<typeof listProductionQuerySchema>;
