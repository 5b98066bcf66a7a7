// The scenarios service: what routes and pages call to read, change and compare scenarios. Other services also
// use its building blocks directly (load-effective-scenario.ts, cashflow.ts, to-model-inputs.ts).
export { branchScenario, createScenario } from "./create";
export { quickStartScenario } from "./quick-start";
export { compareProjectScenarios, compareScenariosForPage, type CompareOutcome } from "./comparison";
export type { ComparedMetrics, ComparedScenario, ScenarioComparison } from "./compare";
export type { ScenarioCashFlow } from "./cashflow";
export { computeScenarioEconomics, getScenarioEconomics, type AnnualCashFlowRow, type AnnualProductLines, type ScenarioEconomics, type ValuationPreferences } from "./economics";
export { computeDeckMatrix, type DeckMatrix, type DeckMatrixCell, type DeckMatrixColumn, type DeckMatrixRow } from "./deck-matrix";
export { DECK_MATRIX_MAX_SCENARIOS, getProjectDeckMatrix, type ProjectDeckMatrix } from "./deck-matrix-load";
export { deleteScenario, type ChildrenMode, type DeleteScenarioResult } from "./delete";
export type { EffectiveScenario } from "./load-effective-scenario";
export type { PresentedScenario, ScenarioIncludes } from "./present";
export { getEffectiveScenario, getScenarioCashFlow, getScenarioChainOrThrow, listScenarios, readScenario, type ScenarioScope } from "./read";
export { beginMetricsCapture, readCachedMetrics, toMetricsSummary, type ScenarioMetricsSummary } from "./metrics-cache";
export { updateScenario } from "./update";
export type { ScenarioActor } from "./write-rules";
export type * from "./types";
