import type { Metadata } from "next";
import Link from "next/link";
import { listMembers } from "@/lib/users/members";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listMembersQuerySchema, type ListMembersQuery } from "@/lib/validation/user";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { InviteMemberForm } from "@/app/ui/admin/invite-member-form";
import { PendingInvitations } from "@/app/ui/admin/pending-invitations";
import { listInvitations } from "@/lib/users/invitations";
import { AdministratorsOnly } from "@/app/ui/admin/administrators-only";
import { MemberFilters, MemberPagination } from "@/app/ui/admin/member-filters";
import { MembersTable } from "@/app/ui/admin/members-table";
import layout from "@/app/ui/common/layout.module.css";
import buttons from "@/app/ui/common/button.module.css";

export const metadata: Metadata = { title: "Admin" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The list query from the URL; a hand-edited, invalid URL shows the first page rather than an error. */
function parseListQuery(searchParams: SearchParams): ListMembersQuery {
  const firsts = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]).filter(([, value]) => value),
  );
  const parsed = listMembersQuerySchema.safeParse(firsts);
  return parsed.success ? parsed.data : listMembersQuerySchema.parse({});
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/admin");
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, "admin")) {
    return <AdministratorsOnly organisationName={organisation.name} roleLabel={formatRole(organisation.role)} />;
  }
  const query = parseListQuery(await searchParams);
  const page = await listMembers({ organisationId: organisation.id, query });
  const invitations = await listInvitations({ organisationId: organisation.id });
  const isFiltered = Boolean(query.q || query.role || query.status);
  const caption = `${page.total} user${page.total === 1 ? "" : "s"} in ${organisation.name}${isFiltered ? " matching the search" : ""}`;
  return (
    <>
      <PageHeader
        title="Admin"
        description={`Users and roles of ${organisation.name}.`}
        actions={
          <div className={layout.toolbarActions}>
            <Link href="/admin/settings" className={`${buttons.button} ${buttons.secondary}`}>
              Organisation settings
            </Link>
            <Link href="/admin/audit" className={`${buttons.button} ${buttons.secondary}`}>
              Audit log
            </Link>
          </div>
        }
      />
      <div className={layout.stack}>
        <InviteMemberForm organisationId={organisation.id} organisationName={organisation.name} />
        {invitations.length > 0 ? (
          <section className={layout.stack} aria-labelledby="invitations-title">
            <h2 id="invitations-title">Pending invitations</h2>
            <PendingInvitations organisationId={organisation.id} invitations={invitations} />
          </section>
        ) : null}
        <section className={layout.stack} aria-labelledby="members-title">
          <h2 id="members-title">Users</h2>
          <MemberFilters query={query} />
          {page.data.length > 0 ? (
            <MembersTable organisationId={organisation.id} members={page.data} caption={caption} currentUserId={user.id} />
          ) : (
            <EmptyState title="No users match" headingLevel={3}>
              <p>No user of {organisation.name} matches this search. Clear it to see everyone.</p>
            </EmptyState>
          )}
          <MemberPagination query={query} total={page.total} />
        </section>
      </div>
    </>
  );
}
