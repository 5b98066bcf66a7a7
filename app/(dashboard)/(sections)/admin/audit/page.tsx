import type { Metadata } from "next";
import Link from "next/link";
import { listAuditLogPage, listAuditLogPeople } from "@/lib/audit-log";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { isAuditLogFiltered } from "@/lib/validation/audit-log";
import { AdministratorsOnly } from "@/app/ui/admin/administrators-only";
import { AuditEmpty } from "@/app/ui/audit/audit-empty";
import { AuditFilters } from "@/app/ui/audit/audit-filters";
import { auditLogCsvHref, auditLogPageHref, parseAuditLogSearch, type SearchParams } from "@/app/ui/audit/audit-query";
import { AuditTable } from "@/app/ui/audit/audit-table";
import { PageHeader } from "@/app/ui/common/page-header";
import { Pagination } from "@/app/ui/projects/pagination";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "@/app/ui/audit/audit.module.css";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/admin/audit");
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, "admin")) {
    return <AdministratorsOnly organisationName={organisation.name} roleLabel={formatRole(organisation.role)} />;
  }
  const { query, problems } = parseAuditLogSearch(await searchParams);
  const [page, people] = await Promise.all([
    listAuditLogPage({ organisationId: organisation.id, query }),
    listAuditLogPeople({ organisationId: organisation.id }),
  ]);
  const isFiltered = isAuditLogFiltered(query);
  const caption = `${page.total} entr${page.total === 1 ? "y" : "ies"} in the audit log of ${organisation.name}${isFiltered ? " matching the filters" : ""}, newest first`;
  const pageCount = Math.max(1, Math.ceil(page.total / query.pageSize));
  return (
    <>
      <nav className={layout.breadcrumb} aria-label="Breadcrumb">
        <Link href="/admin">Admin</Link> / Audit log
      </nav>
      <PageHeader title="Audit log" description={`Who changed what in ${organisation.name}, and every sign-in. Times are UTC.`} />
      <div className={layout.stack}>
        <AuditFilters filter={query} people={people} />
        {problems.length > 0 ? (
          <div className={`${alerts.alert} ${alerts.warning}`} role="alert">
            <p>These filters were not applied: {problems.join("; ")}.</p>
          </div>
        ) : null}
        <div className={styles.exportBar}>
          <p className={layout.muted}>The export holds every entry these filters match, on every page.</p>
          <a className={`${buttons.button} ${buttons.secondary}`} href={auditLogCsvHref(organisation.id, query)} download>
            Export CSV
          </a>
        </div>
        {page.data.length > 0 ? (
          <AuditTable entries={page.data} caption={caption} />
        ) : (
          <AuditEmpty organisationName={organisation.name} isFiltered={isFiltered} total={page.total} firstPageHref={auditLogPageHref(query)} />
        )}
        {pageCount > 1 ? (
          <Pagination page={query.page} pageCount={pageCount} total={page.total} noun="entries" hrefFor={(number) => auditLogPageHref(query, number)} />
        ) : null}
      </div>
    </>
  );
}
