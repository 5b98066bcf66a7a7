import type { Metadata } from "next";
import { ImportWizard } from "@/app/ui/import/import-wizard";
import { TemplateLinks } from "@/app/ui/import/template-links";
import { loadScenarioPage } from "../scenario-data";
import importStyles from "@/app/ui/import/import.module.css";

export const metadata: Metadata = { title: "Import scenario inputs" };

type Params = Promise<{ projectId: string; scenarioId: string }>;

export default async function ScenarioImportPage({ params }: { params: Params }) {
  const { projectId, scenarioId } = await params;
  const { canEdit, canExport } = await loadScenarioPage(projectId, scenarioId);
  const editorHref = `/projects/${projectId}/scenarios/${scenarioId}`;
  return (
    <div className={importStyles.page}>
      <h2>Import inputs from a file</h2>
      <p>
        Upload a CSV (one kind of rows) or an Excel workbook (a sheet per kind). The file is checked in full first: every
        problem is listed by sheet, row and column, with what would be created, updated, left unchanged and removed.
        Nothing is written until you commit, and then every row is written or none.
      </p>
      <TemplateLinks scenarioId={scenarioId} canExport={canExport} />
      <ImportWizard scenarioId={scenarioId} editorHref={editorHref} canImport={canEdit} />
    </div>
  );
}
