import type { Metadata } from "next";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await requireUser("/admin");
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, "admin")) {
    return (
      <section className="status-page" aria-labelledby="forbidden-title">
        <p className="status-code">403</p>
        <h1 id="forbidden-title">Administrators only</h1>
        <p>
          Your role in {organisation.name} is {formatRole(organisation.role).toLowerCase()}. Ask an administrator if you
          need to manage users or organisation settings.
        </p>
      </section>
    );
  }
  return (
    <>
      <PageHeader title="Admin" description={`Users, roles and settings of ${organisation.name}.`} />
      <EmptyState title="User management is coming">
        <p>
          Inviting users, changing their roles, deactivating accounts and editing organisation settings will be done
          here. These tools are not available yet.
        </p>
      </EmptyState>
    </>
  );
}
