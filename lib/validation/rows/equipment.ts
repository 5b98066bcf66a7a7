import { z } from "zod";
import {
  lineageId,
  nonNegativeNumber,
  rowListQuery,
  percentage,
  period,
  requiredText,
  scenarioVersion,
  sortOrder,
} from "./common";

/** Hours in a leap year: the most a unit can be scheduled. */
export const MAX_HOURS_PER_YEAR = 8784;

/** Every column of a fleet line a caller sets (mirrors equipment and its CHECKs). */
export const equipmentFieldsSchema = z.object({
  name: requiredText,
  /** Free-text class, e.g. "haul_truck"; dashboards group by it. */
  equipmentType: requiredText,
  quantity: z.int().min(1, "At least one unit").max(100_000),
  /** Per unit, scenario currency. */
  purchaseCost: nonNegativeNumber,
  /** Per unit per operated hour, excluding fuel. */
  operatingCostPerHour: nonNegativeNumber,
  purchasePeriod: period,
  hoursPerYear: z
    .number()
    .min(0, "Must not be negative")
    .max(MAX_HOURS_PER_YEAR, `At most ${MAX_HOURS_PER_YEAR} hours a year`),
  lifeYears: z.int().min(1, "At least one year").max(100, "At most 100 years"),
  availabilityPct: percentage,
});

export const createEquipmentSchema = equipmentFieldsSchema.extend({
  quantity: equipmentFieldsSchema.shape.quantity.default(1),
  purchasePeriod: period.default(0),
});
export const bulkEquipmentRowSchema = createEquipmentSchema.extend({ lineageId: lineageId.optional() });
export const updateEquipmentSchema = equipmentFieldsSchema.partial().extend({ version: scenarioVersion });

export const EQUIPMENT_SORT_FIELDS = [
  "name",
  "equipmentType",
  "quantity",
  "purchaseCost",
  "purchasePeriod",
] as const;
export const listEquipmentQuerySchema = rowListQuery.extend({
  equipmentType: z.string().trim().min(1).optional(),
  sort: z.enum(EQUIPMENT_SORT_FIELDS).default("name"),
  order: sortOrder,
});

export type EquipmentInput = z.infer<typeof createEquipmentSchema>;
export type UpdateEquipmentInput = z.infer<typeof updateEquipmentSchema>;
export type ListEquipmentQuery = z.infer<typeof listEquipmentQuerySchema>;
