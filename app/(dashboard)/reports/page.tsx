import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireUser("/reports");
  return (
    <>
      <PageHeader title="Reports" description="Cash-flow, profitability and risk reports to share and export." />
      <EmptyState title="No reports yet">
        <p>
          Scenario comparisons, cash-flow statements and risk summaries will be available here to view and export.
          Reports are not available yet.
        </p>
      </EmptyState>
    </>
  );
}
