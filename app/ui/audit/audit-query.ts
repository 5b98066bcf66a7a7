import { auditLogQuerySchema, auditLogSearchParams, type AuditLogFilter, type AuditLogQuery } from "@/lib/validation/audit-log";

// The audit log page's URL: its filters and page number, parsed once, and the links that keep them (the pages,
// the CSV export). One helper per direction, so a shared link and the export always mean the same rows.

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The query from the URL. Empty form fields are absent filters; an invalid value (a hand-edited URL, a range that
 * ends before it starts) shows the whole log with the reasons, rather than an error page.
 */
export function parseAuditLogSearch(searchParams: SearchParams): { query: AuditLogQuery; problems: string[] } {
  const firsts = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]).filter(([, value]) => value),
  );
  const parsed = auditLogQuerySchema.safeParse(firsts);
  if (parsed.success) return { query: parsed.data, problems: [] };
  return { query: auditLogQuerySchema.parse({}), problems: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
}

/** The page's link for these filters at this page number. */
export function auditLogPageHref(filter: AuditLogFilter, page = 1): string {
  const text = auditLogSearchParams(filter, page).toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

/** The CSV export of every row these filters match (no paging). */
export function auditLogCsvHref(organisationId: string, filter: AuditLogFilter): string {
  const text = auditLogSearchParams(filter).toString();
  const path = `/api/organisations/${organisationId}/audit.csv`;
  return text ? `${path}?${text}` : path;
}
