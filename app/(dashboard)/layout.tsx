import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { isOrganisationCreationAllowed } from "@/lib/organisations";
import { AppShell } from "@/app/ui/shell/app-shell";

// Every page below needs the signed-in user, read fresh from the database on each request.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} canCreateOrganisation={isOrganisationCreationAllowed()}>
      {children}
    </AppShell>
  );
}
