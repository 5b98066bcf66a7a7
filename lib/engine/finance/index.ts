export { discountFactor, npv, npvProfile, profitabilityIndex, spreadsheetNpv, type CashFlows, type NpvOptions } from "./discounting";
export {
  DEFAULT_CONVENTION,
  DISCOUNT_TIMINGS,
  PERIOD_ZERO_TIMINGS,
  VALUATION_DATES,
  flowTimeYears,
  periodTimeYears,
  resolveConvention,
  valuationShiftFactor,
  valuationShiftYears,
  valuationTimeYears,
  type DiscountConvention,
  type DiscountTiming,
  type PeriodZeroTiming,
  type ResolvedConvention,
  type ValuationDate,
} from "./conventions";
export { irr, irrFast, type IrrResult } from "./irr";
export { mirr } from "./mirr";
export { projectIrr } from "./project-irr";
export { toEpochDays, xirr, xnpv, type FlowDate } from "./dated-flows";
export { computeDiscountedPaybackYears, computePaybackYears, discountedPayback, payback, type PaybackResult } from "./payback";
export { DEFAULT_ROOT_TOLERANCE, findRootBrent } from "./root-finding";
export { COARSE_RATE_GRID, FINE_RATE_GRID, IRR_MAX_RATE, IRR_MIN_RATE, countSignChanges } from "./rate-grid";
