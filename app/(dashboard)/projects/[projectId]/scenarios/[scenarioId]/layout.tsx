import type { ReactNode } from "react";
import Link from "next/link";
import { ScenarioNav } from "@/app/ui/scenario-editor/scenario-nav";
import { UnsavedChangesProvider } from "@/app/ui/scenario-editor/unsaved-changes";
import { formatEnumLabel } from "@/app/ui/format/number";
import { loadScenarioPage } from "./scenario-data";

type Params = Promise<{ projectId: string; scenarioId: string }>;

export default async function ScenarioLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { projectId, scenarioId } = await params;
  const { effective, canEdit, parentName } = await loadScenarioPage(projectId, scenarioId);
  const { scenario, project } = effective;
  const base = `/projects/${projectId}/scenarios/${scenarioId}`;
  return (
    <UnsavedChangesProvider>
      <nav aria-label="Breadcrumb" className="breadcrumb scenario-breadcrumb">
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
      <div className="page-header scenario-header">
        <div>
          <h1>{scenario.name}</h1>
          <p className="scenario-meta">
            <span className={`badge badge-status badge-${scenario.status}`}>{formatEnumLabel(scenario.status)}</span>
            {scenario.isBaseCase ? <span className="badge badge-base">Base case</span> : null}
            {parentName ? <span>Branched from {parentName}: values it does not override are inherited.</span> : null}
            {canEdit ? null : <span className="badge badge-neutral">Read only</span>}
          </p>
        </div>
      </div>
      <ScenarioNav
        links={[
          { href: base, label: "Inputs" },
          { href: `${base}/capex-planner`, label: "Capex planner" },
          { href: `${base}/opex-planner`, label: "Opex planner" },
          { href: `${base}/profitability`, label: "Profitability" },
          { href: `${base}/simulations`, label: "Simulations" },
          { href: `${base}/import`, label: "Import" },
        ]}
      />
      {children}
    </UnsavedChangesProvider>
  );
}
