import type { AuditLogRow } from "@/db/queries/audit-log";
import type { AuditAction } from "@/lib/domain/audit";
import { diffRecords, redactRecord, type FieldChange } from "./diff";

// One audit row as people read it: who, what, which record, and what changed (secrets redacted).

/**
 * Who did it. "unknown" is a failed sign-in (whoever typed the password, not the account's owner as far as we
 * know); "system" is a row without a person (the seed, background work, or an account deleted since).
 */
export type AuditActorKind = "person" | "unknown" | "system";

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  actorKind: AuditActorKind;
  actor: { id: string; name: string; email: string } | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  /** The record's name when the row tells it (the account's name for users and memberships). */
  recordName: string | null;
  /** Secret-looking keys redacted (lib/audit-log/diff.ts). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: FieldChange[];
};

function actorOf(row: AuditLogRow): Pick<AuditLogEntry, "actorKind" | "actor"> {
  if (row.userId && row.actorName !== null && row.actorEmail !== null) {
    return { actorKind: "person", actor: { id: row.userId, name: row.actorName, email: row.actorEmail } };
  }
  return { actorKind: row.action === "sign_in_failed" ? "unknown" : "system", actor: null };
}

function recordNameOf(row: AuditLogRow): string | null {
  if (row.subjectName !== null) return row.subjectName;
  const name = row.after?.name ?? row.before?.name;
  return typeof name === "string" && name.trim() ? name : null;
}

/** One audit row as the page, the API and the export show it. */
export function toAuditLogEntry(row: AuditLogRow): AuditLogEntry {
  return {
    id: row.id,
    createdAt: row.createdAt,
    ...actorOf(row),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    recordName: recordNameOf(row),
    before: redactRecord(row.before),
    after: redactRecord(row.after),
    changes: diffRecords(row.before, row.after),
  };
}
