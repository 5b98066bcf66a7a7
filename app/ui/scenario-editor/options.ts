import type { CapexItem, ConsumptionItem, OpexItem, ProcessParameter } from "@/lib/scenarios";
import type { GridOption } from "./grid/types";

// Choices of the select cells. Types only come from the schema (a client bundle must not pull in drizzle), and
// `satisfies` keeps each list to the schema's values.

type Options<T extends string> = readonly (GridOption & { value: T })[];

export const CAPEX_CATEGORY_OPTIONS = [
  { value: "equipment", label: "Equipment" },
  { value: "infrastructure", label: "Infrastructure" },
  { value: "land", label: "Land" },
  { value: "development", label: "Development" },
  { value: "other", label: "Other" },
] as const satisfies Options<CapexItem["category"]>;

export const CAPEX_KIND_OPTIONS = [
  { value: "initial", label: "Initial" },
  { value: "sustaining", label: "Sustaining" },
  { value: "closure", label: "Closure" },
] as const satisfies Options<CapexItem["kind"]>;

export const OPEX_CATEGORY_OPTIONS = [
  { value: "mining", label: "Mining" },
  { value: "processing", label: "Processing" },
  { value: "g_and_a", label: "G&A" },
  { value: "transport", label: "Transport" },
  { value: "other", label: "Other" },
] as const satisfies Options<OpexItem["category"]>;

export const OPEX_BASIS_OPTIONS = [
  { value: "per_tonne_mined", label: "Per tonne mined" },
  { value: "per_tonne_processed", label: "Per tonne processed" },
  { value: "fixed_per_period", label: "Fixed per year" },
  { value: "daily", label: "Daily (×365)" },
  { value: "weekly", label: "Weekly (×52)" },
  { value: "monthly", label: "Monthly (×12)" },
  { value: "quarterly", label: "Quarterly (×4)" },
  { value: "annually", label: "Annually (×1)" },
] as const satisfies Options<OpexItem["basis"]>;

export const RESOURCE_TYPE_OPTIONS = [
  { value: "reagent", label: "Chemical / reagent" },
  { value: "fuel", label: "Fuel" },
  { value: "water", label: "Water" },
  { value: "power", label: "Power" },
  { value: "grinding_media", label: "Scrap / grinding media" },
  { value: "other", label: "Other" },
] as const satisfies Options<ConsumptionItem["resourceType"]>;

export const APPLICATION_OPTIONS = [
  { value: "absolute", label: "Absolute value" },
  { value: "factor", label: "Factor (× base input)" },
] as const satisfies Options<ProcessParameter["application"]>;

export const SAMPLING_OPTIONS = [
  { value: "per_iteration", label: "Once per iteration" },
  { value: "per_period", label: "Once per period" },
] as const satisfies Options<ProcessParameter["sampling"]>;

const GRADE_UNIT_LABELS: Record<string, string> = { pct: "%", g_per_t: "g/t", ppm: "ppm" };

export function gradeUnitLabel(gradeUnit: string): string {
  return GRADE_UNIT_LABELS[gradeUnit] ?? gradeUnit;
}
