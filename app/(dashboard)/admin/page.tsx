import type { Metadata } from "next";
import { listMembers } from "@/lib/users/members";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listMembersQuerySchema, type ListMembersQuery } from "@/lib/validation/user";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { AddMemberForm } from "@/app/ui/admin/add-member-form";
import { MemberFilters, MemberPagination } from "@/app/ui/admin/member-filters";
import { MembersTable } from "@/app/ui/admin/members-table";
import layout from "@/app/ui/common/layout.module.css";
import statusStyles from "@/app/ui/common/status.module.css";

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

function AdministratorsOnly({ organisationName, roleLabel }: { organisationName: string; roleLabel: string }) {
  return (
    <section className={statusStyles.statusPage} aria-labelledby="forbidden-title">
      <p className={statusStyles.code}>403</p>
      <h1 id="forbidden-title">Administrators only</h1>
      <p>
        Your role in {organisationName} is {roleLabel.toLowerCase()}. Ask an administrator if you need to manage users or
        organisation settings.
      </p>
    </section>
  );
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/admin");
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, "admin")) {
    return <AdministratorsOnly organisationName={organisation.name} roleLabel={formatRole(organisation.role)} />;
  }
  const query = parseListQuery(await searchParams);
  const page = await listMembers({ organisationId: organisation.id, query });
  const isFiltered = Boolean(query.q || query.role || query.status);
  const caption = `${page.total} user${page.total === 1 ? "" : "s"} in ${organisation.name}${isFiltered ? " matching the search" : ""}`;
  return (
    <>
      <PageHeader title="Admin" description={`Users and roles of ${organisation.name}.`} />
      <div className={layout.stack}>
        <AddMemberForm organisationId={organisation.id} organisationName={organisation.name} />
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
