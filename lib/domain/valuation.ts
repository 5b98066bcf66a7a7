// An organisation's valuation preferences: the discount rates of a scenario's economic-summary disclosure table and
// the one-at-a-time changes of its sensitivity analysis (issue #14). Both are percentages.
// lib/domain imports nothing: the schema (defaults and CHECKs), the validation, the services and the browser share it.

/** Discount rates (%) of the disclosure table: pre- and after-tax NPV at each. */
export const DEFAULT_DISCLOSURE_RATES_PCT: readonly number[] = [0, 5, 8, 10];
export const DISCLOSURE_RATES_MAX_COUNT = 8;
/** Inclusive bounds of a disclosure rate, in %. */
export const DISCLOSURE_RATE_MIN_PCT = 0;
export const DISCLOSURE_RATE_MAX_PCT = 100;

/** Changes (%) from the base applied to each driver in turn; 0 (the base case) is always shown, never listed. */
export const DEFAULT_SENSITIVITY_STEPS_PCT: readonly number[] = [-30, -20, -10, 10, 20, 30];
export const SENSITIVITY_STEPS_MAX_COUNT = 10;
/** Exclusive: -100 % would take a price or a grade to zero, which no sensitivity means. */
export const SENSITIVITY_STEP_MIN_PCT = -100;
/** Inclusive: three times the base value. */
export const SENSITIVITY_STEP_MAX_PCT = 200;

/**
 * Decimals a rate or a step may have: enough for 7.125 % and the like; more would print as a duplicate column
 * (two rates that look the same in a table).
 */
export const VALUATION_PCT_MAX_DECIMALS = 4;
