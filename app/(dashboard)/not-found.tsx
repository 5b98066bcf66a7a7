import { StatusLink, StatusPage } from "@/app/ui/common/status-page";

export default function DashboardNotFound() {
  return (
    <StatusPage code="404" title="Not found" titleId="not-found-title">
      <p>This page or record does not exist, or your organisation has no access to it.</p>
      <StatusLink href="/dashboard" tone="secondary">
        Back to the dashboard
      </StatusLink>
    </StatusPage>
  );
}
