import type { ReactNode } from "react";
import Link from "next/link";
import { ScenarioNav } from "@/app/ui/scenario-editor/scenario-nav";
import { UnsavedChangesProvider } from "@/app/ui/scenario-editor/unsaved-changes";
import { formatEnumLabel } from "@/app/ui/format";
import { loadScenarioPage } from "./scenario-data";
import badges from "@/app/ui/common/badge.module.css";
import layout from "@/app/ui/common/layout.module.css";
import editorStyles from "@/app/ui/scenario-editor/scenario-editor.module.css";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export default async function ScenarioLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { projectId, scenarioId } = await params;
  const { effective, canEdit, parentName } = await loadScenarioPage(projectId, scenarioId);
  const { scenario, project } = effective;
  const base = `/projects/${projectId}/scenarios/${scenarioId}`;
  return (
    <UnsavedChangesProvider>
      <nav aria-label="Breadcrumb" className={`${layout.breadcrumb} ${layout.trail}`}>
        <ol>
          <li>
            <Link href="/projects">Projects</Link>
          </li>
          <li>
            <Link href={`/projects/${projectId}`}>{project.name}</Link>
          </li>
          <li aria-current="page">{scenario.name}</li>
        </ol>
      </nav>
      <div className={layout.pageHeader}>
        <div>
          <h1>{scenario.name}</h1>
          <p className={editorStyles.meta}>
            <span className={`${badges.badge} ${badges[scenario.status]}`}>{formatEnumLabel(scenario.status)}</span>
            {scenario.isBaseCase ? <span className={`${badges.badge} ${badges.brand}`}>Base case</span> : null}
            {parentName ? <span>Branched from {parentName}: values it does not override are inherited.</span> : null}
            {canEdit ? null : <span className={`${badges.badge} ${badges.neutral}`}>Read only</span>}
          </p>
        </div>
      </div>
      <ScenarioNav
        links={[
          { href: base, label: "Inputs" },
          { href: `${base}/capex-planner`, label: "Capex planner" },
          { href: `${base}/opex-planner`, label: "Opex planner" },
          { href: `${base}/profitability`, label: "Profitability" },
          { href: `${base}/economics`, label: "Economics" },
          { href: `${base}/simulations`, label: "Simulations" },
          { href: `${base}/import`, label: "Import" },
        ]}
      />
      {children}
    </UnsavedChangesProvider>
  );
}
