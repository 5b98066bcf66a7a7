import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";

export const metadata: Metadata = { title: "Operations" };

export default async function OperationsPage() {
  await requireUser("/operations");
  return (
    <>
      <PageHeader title="Operations" description="Production, consumption and the equipment fleet of your projects." />
      <EmptyState title="No operations data yet">
        <p>
          Production schedules, consumption of reagents, fuel, water and power, and the equipment fleet with its
          maintenance history will be shown here. Entering operations data is not available yet.
        </p>
      </EmptyState>
    </>
  );
}
