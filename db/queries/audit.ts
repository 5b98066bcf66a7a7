import type { DbOrTx } from "../client";
import { auditLog } from "../schema";
import type { AuditAction, AuditEntityType } from "@/lib/domain/audit";

export type AuditEntry = {
  organisationId: string;
  /** The acting user; null for system actions (seed, scheduled jobs). */
  userId: string | null;
  action: AuditAction;
  /** What the row is about (lib/domain/audit.ts). */
  entityType: AuditEntityType;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Dates become ISO strings so the jsonb holds exactly what the API showed. */
function toJsonRecord(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/**
 * Appends entries to the audit log. Call it with the transaction that makes the change, so the change and
 * its record commit (or roll back) together.
 */
export async function recordAudit(tx: DbOrTx, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((entry) => ({
      organisationId: entry.organisationId,
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJsonRecord(entry.before),
      after: toJsonRecord(entry.after),
    })),
  );
}
