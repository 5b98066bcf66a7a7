// The vocabulary of a scenario's input rows: cost categories, bases, resources, parameters, maintenance.
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const CAPEX_CATEGORIES = ["equipment", "infrastructure", "land", "development", "other"] as const;

export const CAPEX_KINDS = ["initial", "sustaining", "closure"] as const;

export const OPEX_CATEGORIES = ["mining", "processing", "g_and_a", "transport", "other"] as const;

/**
 * What unit_cost × quantity is per: a tonne mined or processed, a period (year), or a calendar frequency
 * (annual multiplier 365 / 52 / 12 / 4 / 1).
 */
export const OPEX_BASES = [
  "per_tonne_mined",
  "per_tonne_processed",
  "fixed_per_period",
  "daily",
  "weekly",
  "monthly",
  "quarterly",
  "annually",
] as const;

export const RESOURCE_TYPES = ["reagent", "fuel", "water", "power", "grinding_media", "other"] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** absolute: the sample is the input's value; factor: the sample multiplies the scheduled input. */
export const PARAMETER_APPLICATIONS = ["absolute", "factor"] as const;

export const SAMPLING_MODES = ["per_iteration", "per_period"] as const;

export const MAINTENANCE_TYPES = ["preventive", "corrective", "inspection"] as const;

export type MaintenanceType = (typeof MAINTENANCE_TYPES)[number];

/** The kinds of input rows are named in row-kinds.ts (with their URL segments, labels and keys). */
export { SCENARIO_ROW_ENTITIES, type ScenarioRowEntity } from "./row-kinds";
