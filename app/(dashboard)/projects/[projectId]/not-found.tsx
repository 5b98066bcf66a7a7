import { StatusLink, StatusPage } from "@/app/ui/common/status-page";

export default function ProjectNotFound() {
  return (
    <StatusPage code="404" title="Project not found" titleId="not-found-title">
      <p>This project does not exist in your organisation, or it has been deleted.</p>
      <StatusLink href="/projects">Back to projects</StatusLink>
    </StatusPage>
  );
}
