// The imports service: scenario inputs in and out of CSV and .xlsx files (layouts and limits: README.md), import
// templates, and the streamed export of a run's results. Routes call these after the access guard (lib/access).
export { exportScenarioComparison } from "./comparison-export";
export { commitImport, type CommitRequest, type CommitResult } from "./commit";
export { CSV_TYPE, downloadHeaders, XLSX_TYPE } from "./download";
export { exportScenarioEconomics } from "./economics-export";
export { exportOperationsDashboard, exportOverviewDashboard, exportProjectDashboard } from "./dashboard-export";
export { exportScenarioInputs, exportScenarioRows, type ExportFile } from "./export";
export { isImportKind } from "./kinds";
export { importLimits, type ImportLimits } from "./limits";
export { ImportRejectedError, previewImport, type ImportPreview, type ImportRequest } from "./preview";
export { readImportForm } from "./read-request";
export { exportRunComparison } from "./run-comparison-export";
export { exportSimulationRun, type RunExportFile } from "./simulation-export";
export { templateCsv, templateWorkbook } from "./templates";
