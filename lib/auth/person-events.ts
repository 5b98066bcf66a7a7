import type { DbOrTx } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { listMembershipOrganisationIds } from "@/db/queries/auth";
import type { AuditAction } from "@/lib/domain/audit";

// Events of a person's account (sign-ins, password changes and resets) in the audit log of every organisation they
// belong to, where its admins look. Nothing else changes with them, so they need none of lib/writes' after-commit
// effects; the caller's transaction (or connection) carries them.

export async function recordPersonEvent(
  tx: DbOrTx,
  {
    userId,
    actorUserId,
    action,
    before = null,
    after,
  }: { userId: string; actorUserId: string | null; action: AuditAction; before?: Record<string, unknown> | null; after: Record<string, unknown> },
): Promise<void> {
  const organisationIds = await listMembershipOrganisationIds(tx, { userId });
  await recordAudit(
    tx,
    organisationIds.map((organisationId) => ({ organisationId, userId: actorUserId, action, entityType: "user" as const, entityId: userId, before, after })),
  );
}
