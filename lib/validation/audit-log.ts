import { z } from "zod";
import { calendarDateSchema } from "@/lib/validation/dates";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/domain/audit";

// The organisation's audit log as admins filter it: by the acting person, the kind of record, the action and a
// range of UTC days. The page, the JSON route and the CSV export share these filters, so a shared URL means the
// same rows everywhere.

export const AUDIT_LOG_DEFAULT_PAGE_SIZE = 50;
export const AUDIT_LOG_MAX_PAGE_SIZE = 100;

const utcDaySchema = calendarDateSchema();

/** The filters alone (the CSV export takes these and no paging). */
export const auditLogFilterShape = {
  userId: z.uuid({ error: "Choose a person of the organisation" }).optional().meta({ description: "Only rows this person did" }),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional().meta({ description: "Only rows about this kind of record" }),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: utcDaySchema.optional().meta({ description: "First UTC day included (YYYY-MM-DD)" }),
  to: utcDaySchema.optional().meta({ description: "Last UTC day included (YYYY-MM-DD)" }),
};

type DayRange = { from?: string; to?: string };

/** ISO dates compare correctly as text. */
function isOrderedRange({ from, to }: DayRange): boolean {
  return !from || !to || from <= to;
}
const RANGE_ORDER = { message: "The first day must be on or before the last day", path: ["to"] };

export const auditLogFilterSchema = z.object(auditLogFilterShape).refine(isOrderedRange, RANGE_ORDER);
export type AuditLogFilter = z.infer<typeof auditLogFilterSchema>;

export const auditLogQuerySchema = z
  .object({
    ...auditLogFilterShape,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(AUDIT_LOG_MAX_PAGE_SIZE).default(AUDIT_LOG_DEFAULT_PAGE_SIZE),
  })
  .refine(isOrderedRange, RANGE_ORDER);
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

/** True when any filter narrows the log (paging aside). */
export function isAuditLogFiltered(filter: AuditLogFilter): boolean {
  return Boolean(filter.userId || filter.entityType || filter.action || filter.from || filter.to);
}

/** The filters as URL search parameters (empty ones left out), for shareable links and the CSV export. */
export function auditLogSearchParams(filter: AuditLogFilter, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["userId", "entityType", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params;
}
