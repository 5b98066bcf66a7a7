import { getDb } from "@/db";
import { listAuditLog, listAuditPeople } from "@/db/queries/audit-log";
import type { AuditLogQuery } from "@/lib/validation/audit-log";
import { toAuditLogEntry, type AuditLogEntry } from "./entry";

// The organisation's audit log as admins read it (the page and GET …/audit). Rows are written elsewhere (lib/writes,
// lib/auth/sign-in-audit.ts); this service only reads, scoped by the organisation the caller was authorised in.

export type { FieldChange } from "./diff";
export type { AuditActorKind, AuditLogEntry } from "./entry";
export { auditLogCsv } from "./csv";

export type AuditLogPage = { data: AuditLogEntry[]; page: number; pageSize: number; total: number };

export type AuditPerson = { id: string; name: string; email: string };

/** One page of the organisation's audit log, filtered, newest first. */
export async function listAuditLogPage({ organisationId, query }: { organisationId: string; query: AuditLogQuery }): Promise<AuditLogPage> {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listAuditLog(await getDb(), { organisationId, filter, page, pageSize });
  return { data: rows.map(toAuditLogEntry), page, pageSize, total };
}

/** The organisation's members, for the person filter. */
export async function listAuditLogPeople({ organisationId }: { organisationId: string }): Promise<AuditPerson[]> {
  return listAuditPeople(await getDb(), { organisationId });
}
