import { getDb, type Tx } from "@/db";
import { recordAudit, type AuditEntry } from "@/db/queries/audit";
import { notifyIdentityChanged } from "@/lib/auth/identity-memo";
import { runAfterCommit } from "./after-commit";
import { commitTransaction } from "./commit";

// The one write path. A service puts every change in one transaction through `write`, records what it did with
// `w.audit`, and the helper does the rest: the audit rows commit (or roll back) with the change; a change to an
// account or a membership notifies every app instance inside the transaction (delivered at commit); after the
// commit, the dashboards the audited entities reach are invalidated and this process forgets the changed
// identities. Nobody calls cache invalidation or identity notifications by hand.
// Once COMMIT has answered (or the server confirms it committed when the answer was lost: commit.ts), the write
// succeeds: its value was built inside the transaction, and the after-commit effects cannot fail it
// (after-commit.ts). A database that goes away before COMMIT rolls everything back, audit rows included.

/** Who writes, and where: the organisation and (for anything inside a project) the project. */
export type WriteScope = {
  organisationId: string;
  /** The acting user; null for system writes (the seed, background simulation runs). */
  userId: string | null;
  projectId?: string;
};

/** An audit row as services describe it; the organisation and user come from the scope. */
export type AuditRecord = Omit<AuditEntry, "organisationId" | "userId">;

export type Write = {
  tx: Tx;
  scope: WriteScope;
  /** Appends audit rows in the transaction; what they are about decides what is invalidated after commit. */
  audit: (records: AuditRecord | readonly AuditRecord[]) => Promise<void>;
  /**
   * For unaudited system writes (a background run's status and results): the scope's project dashboards are
   * stale after commit, as an audited change to `entityType` would make them.
   */
  touches: (entityType: AuditRecord["entityType"]) => void;
};

/**
 * Runs `work` in one transaction, then the after-commit effects of what it recorded.
 * @example await write({ organisationId, userId, projectId }, async (w) => { await insertX(w.tx, …); await w.audit({ … }); });
 */
export async function write<T>(scope: WriteScope, work: (w: Write) => Promise<T>): Promise<T> {
  const touched: AuditRecord["entityType"][] = [];
  const changedUsers = new Set<string>();
  const result = await commitTransaction(await getDb(), async (tx) => {
    const audit = async (records: AuditRecord | readonly AuditRecord[]) => {
      const list: readonly AuditRecord[] = Array.isArray(records) ? records : [records as AuditRecord];
      await recordAudit(tx, list.map((record) => ({ ...record, organisationId: scope.organisationId, userId: scope.userId })));
      for (const record of list) {
        touched.push(record.entityType);
        if (isIdentityRecord(record) && record.entityId) changedUsers.add(record.entityId);
      }
    };
    const value = await work({ tx, scope, audit, touches: (entityType) => touched.push(entityType) });
    for (const userId of changedUsers) await notifyIdentityChanged(tx, userId);
    return value;
  });
  await runAfterCommit(scope, { touched, changedUsers });
  return result;
}

/** Account and membership rows name the user they change (entityId is the user's id). */
function isIdentityRecord(record: AuditRecord): boolean {
  return record.entityType === "user" || record.entityType === "membership";
}
