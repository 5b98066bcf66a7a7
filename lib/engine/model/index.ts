export { scenarioModelInputsSchema, type ScenarioModelInputs } from "./schema";
export { PRODUCT_ROLES, productSchema, type ProductInput, type ProductRole } from "./schema-products";
export {
  CAPEX_CATEGORIES,
  CAPEX_KINDS,
  OPEX_BASES,
  RESOURCE_TYPES,
  type CapexCategory,
  type CapexItem,
  type CapexKind,
  type ConsumptionItem,
  type EquipmentItem,
  type OpexBasis,
  type OpexItem,
  type ResourceType,
} from "./schema-items";
export { ScenarioModelValidationError, validateScenarioModelInputs, type ValidationIssue, type ValidationResult } from "./validate";
export * from "./units";
export { MODEL_TARGETS, OVERRIDE_MODES, OVERRIDE_SCOPES, TARGET_INFO, type ModelOverride, type ModelTarget, type OverrideMode, type OverrideScope, type TargetInfo } from "./targets";
export type { CapitalKind, CapitalLine, CompiledModel, CompiledProduct, CostLine, CostSource } from "./compiled-model";
export type { ProductLines } from "./product-lines";
export { computeProductAisc, primaryEquivalentUnitsPerPeriod, type ProductAisc, type ProductTotals } from "./product-metrics";
export type { ProductCashFlow, ProductTables } from "./product-table";
export { compileModel } from "./compile";
export { SCALAR_TARGETS, bindOverrides, type BoundLine, type OverrideBinding, type ScalarTarget } from "./bind-overrides";
export { createScratch, type EvaluationScratch, type IterationMetrics } from "./scratch";
export { evaluateModel } from "./evaluate";
export { NPV_PROFILE_RATES_PCT, computeModelMetrics, type ModelMetrics } from "./metrics";
export { findBreakEvenFactor, findBreakEvenPrice, type BreakEvenFactor, type BreakEvenPrice, type NoBreakEvenReason } from "./break-even";
export { buildCashFlowTable, computeCashFlowTable, type CashFlowRow, type CashFlowTable } from "./cash-flow-table";
export { DEFAULT_DISCLOSURE_RATES_PCT, computeEconomicSummary, paybackFigures, type Conventions, type EconomicSummary, type LifeOfMineTotals, type PaybackFigures, type ProductSummary, type UnitCosts } from "./economic-summary";
export { DEFAULT_SENSITIVITY_STEPS_PCT, SENSITIVITY_DRIVERS, runSensitivities, type BreakEven, type SensitivityAnalysis, type SensitivityDriver, type SensitivityLine, type SensitivityPoint } from "./sensitivity";
