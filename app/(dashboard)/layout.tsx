import { headers } from "next/headers";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";
import { isOrganisationCreationAllowed } from "@/lib/organisations";
import { resolveDecimalSeparator } from "@/app/ui/format/resolve-separator";
import { AppShell } from "@/app/ui/shell/app-shell";

// Every page below needs the signed-in user, read fresh from the database on each request. Their decimal separator
// is resolved here, on the server, so server and client render numbers alike (issue #15).
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const decimal = resolveDecimalSeparator(user.numberFormat, (await headers()).get("accept-language"));
  return (
    <AppShell user={user} decimal={decimal} canCreateOrganisation={isOrganisationCreationAllowed()}>
      {children}
    </AppShell>
  );
}
