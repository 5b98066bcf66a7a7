// Every text the UI shows for a number, amount, percentage, date, duration or enum value comes from here, so the
// same value reads the same on every page, in tooltips and in reports. Kept free of server modules: client
// components import it. Files by kind: numbers, money, percent, dates, durations, labels, metrics, value-format.
export { EMPTY, isFiniteNumber } from "./intl";
export { formatFixed, formatMultiple, formatNumber, formatQuantity } from "./numbers";
export { formatMoney, formatMoneyMillions } from "./money";
export { formatPercent, formatProgress, formatRate, formatRatePct, formatRatioAsPercent } from "./percent";
export { formatDate, formatLastSignIn, formatTimestamp, formatWhen } from "./dates";
export { formatDuration, formatYears } from "./durations";
export {
  AUDIT_ACTION_OPTIONS,
  AUDIT_ENTITY_TYPE_OPTIONS,
  formatAuditAction,
  formatAuditEntityType,
  formatBetter,
  formatCommodity,
  formatEnumLabel,
  formatOperationType,
  formatRoleLabel,
  formatRunStatus,
  formatSampler,
  formatScenarioCount,
  OPERATION_TYPE_OPTIONS,
  ROLE_OPTIONS,
} from "./labels";
export { formatBreakEven, formatIrr, formatMetric, formatMetricFigure, formatPayback, metricHeading, metricUnitLabel } from "./metrics";
export { axisUnit, formatTick, formatValue, type ValueFormat } from "./value-format";
