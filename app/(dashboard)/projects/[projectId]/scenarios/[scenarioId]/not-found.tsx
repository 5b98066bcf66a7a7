import { StatusLink, StatusPage } from "@/app/ui/common/status-page";

export default function ScenarioNotFound() {
  return (
    <StatusPage code="404" title="Scenario not found" titleId="scenario-missing-title">
      <p>It may have been deleted, or it belongs to another project or organisation.</p>
      <StatusLink href="/projects" tone="secondary">
        Back to the projects
      </StatusLink>
    </StatusPage>
  );
}
