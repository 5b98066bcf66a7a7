// The rows service: a scenario's input rows of every kind (lib/domain/row-kinds.ts), its correlation matrix, the
// maintenance logs of its equipment, the consumption actuals of its items, and what the scenario editor's pages read. Every write is one transaction
// through lib/writes. The route handlers built on it are in ./routes.
export { computeCapexPlanSafely, computeCashFlowSafely, computeEconomicsSafely, type CapexPlanResult, type CashFlowResult, type EconomicsResult } from "./editor-plans";
export {
  loadConsumptionActualsPanel,
  loadMaintenancePanel,
  loadScenarioEditor,
  type ConsumptionActual,
  type ConsumptionActualsPanelData,
  type ConsumptionItemChoice,
  type EquipmentLine,
  type MaintenanceLog,
  type MaintenancePanelData,
  type ScenarioEditorData,
} from "./editor-data";
export { readCorrelations, replaceCorrelations, type ApiCorrelation, type CorrelationsView } from "./correlations";
export type { CorrelationCheck, CorrelationPair } from "./correlation-check";
export type { ApiRow } from "./effective-rows";
export { ROW_KINDS, type RowKind } from "./kinds";
export { getRow, listRows, type RowPage, type RowScope } from "./list-rows";
export {
  createMaintenance,
  deleteMaintenance,
  getMaintenance,
  listMaintenance,
  updateMaintenance,
  type MaintenanceActor,
} from "./maintenance";
export { createActual, deleteActual, getActual, listActuals, updateActual, type ConsumptionActualActor } from "./consumption-actuals";
export { replaceRows, type DesiredRow, type ReplacementSummary } from "./replace-rows";
export { createRow, deleteRow, updateRow, type RowActor, type RowWriteResult } from "./row-writes";
