/** Zod schemas for the cost and capital items of a scenario (money in the scenario currency). */
import { z } from "zod";
import { CAPEX_CATEGORIES, CAPEX_KINDS, OPEX_BASES, RESOURCE_TYPES } from "../../domain/inputs";

export const nonNegative = z.number().nonnegative();
export const percent = z.number().min(0).max(100);
export const periodIndex = z.int().min(0);
/** Escalation or inflation per year, %: above -100 so that (1 + e) stays positive. */
export const ratePct = z.number().gt(-100).max(1000);
const id = z.string().min(1).max(100);

// The vocabulary is defined once, in lib/domain (dependency-free, so the engine stays pure).
export { CAPEX_CATEGORIES, CAPEX_KINDS, OPEX_BASES, RESOURCE_TYPES };

/** An operating cost: unitCost x quantity x driver (tonnes or frequency) per period, escalated. */
export const opexItemSchema = z.object({
  id,
  name: z.string().max(200),
  /** Free-text group ("mining", "processing", "g_and_a", ...): the table sums opex by it. */
  category: z.string().min(1).max(100),
  basis: z.enum(OPEX_BASES),
  unitCost: nonNegative,
  quantity: nonNegative,
  /** First and last project period (inclusive); default: the production periods. */
  startPeriod: periodIndex.optional(),
  endPeriod: periodIndex.optional(),
  /** Compounded per year from the item's start period, %. */
  escalationPctPerYear: ratePct,
});

/** A consumable: (rate per tonne processed or quantity per period) x unit price. */
export const consumptionItemSchema = z.object({
  id,
  resourceType: z.enum(RESOURCE_TYPES),
  unit: z.string().min(1).max(30),
  ratePerTonneProcessed: nonNegative.optional(),
  quantityPerPeriod: nonNegative.optional(),
  unitPrice: nonNegative,
  startPeriod: periodIndex.optional(),
  endPeriod: periodIndex.optional(),
  escalationPctPerYear: ratePct.optional(),
});

/** Equipment: operating cost per hour and purchase/replacement capital per unit. */
export const equipmentItemSchema = z.object({
  id,
  name: z.string().max(200),
  type: z.string().max(100),
  quantity: z.int().min(0),
  purchaseCostPerUnit: nonNegative,
  purchasePeriod: periodIndex,
  operatingCostPerHour: nonNegative,
  /** Scheduled hours per unit per year; operated hours = scheduled x availability. */
  scheduledHoursPerYear: z.number().min(0).max(8784),
  availabilityPct: percent,
  lifeYears: z.int().min(1).max(100),
});

export const capexItemSchema = z.object({
  id,
  name: z.string().max(200),
  category: z.enum(CAPEX_CATEGORIES),
  kind: z.enum(CAPEX_KINDS),
  /** Before contingency. */
  amount: nonNegative,
  spendPeriod: periodIndex,
  contingencyPct: percent,
});

export type OpexBasis = (typeof OPEX_BASES)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export type CapexCategory = (typeof CAPEX_CATEGORIES)[number];
export type CapexKind = (typeof CAPEX_KINDS)[number];
export type OpexItem = z.infer<typeof opexItemSchema>;
export type ConsumptionItem = z.infer<typeof consumptionItemSchema>;
export type EquipmentItem = z.infer<typeof equipmentItemSchema>;
export type CapexItem = z.infer<typeof capexItemSchema>;
