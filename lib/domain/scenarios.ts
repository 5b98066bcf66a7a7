// Scenario status and settings vocabulary (the engine's terms, as stored and as the API speaks them).
// lib/domain imports nothing: the schema, the contracts, the engine mapping and the browser share it.

export const SCENARIO_STATUSES = ["draft", "active", "archived"] as const;

export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/** The statuses a scenario may move to from each (an active scenario is archived, never back to draft). */
export const SCENARIO_STATUS_TRANSITIONS: Record<ScenarioStatus, readonly ScenarioStatus[]> = {
  draft: ["active", "archived"],
  active: ["archived"],
  archived: ["draft", "active"],
};

export const SCENARIO_STATUS_LABELS: Record<ScenarioStatus, string> = { draft: "Draft", active: "Active", archived: "Archived" };

export const DISCOUNTING_CONVENTIONS = ["end_of_period", "mid_period"] as const;

/**
 * Where NPV is valued (lib/engine/README.md §1): the start or the end of period 0 (the first construction year), or
 * the start of the first production period. Unset = end of period 0.
 */
export const VALUATION_DATES = ["start_of_period_0", "end_of_period_0", "start_of_production"] as const;

/** with_timing: period 0's flow follows the discounting convention; at_valuation_date: it is not discounted. Unset = with_timing. */
export const PERIOD_ZERO_TIMINGS = ["with_timing", "at_valuation_date"] as const;

export const ROYALTY_TYPES = ["nsr", "gross_revenue", "per_unit", "none"] as const;

export const DEPRECIATION_METHODS = ["straight_line", "units_of_production"] as const;

/** real: constant money, inflation not applied; nominal: inputs escalated by inflation_pct per year. */
export const CASH_FLOW_TERMS = ["real", "nominal"] as const;

/** pct: % metal; g_per_t: grams per tonne (precious metals); ppm: parts per million. */
export const GRADE_UNITS = ["pct", "g_per_t", "ppm"] as const;

/** The unit of payable metal the metal price (and the refining charge) is quoted per; oz is the troy ounce. */
export const METAL_PRICE_UNITS = ["lb", "oz", "t", "kg", "g"] as const;
