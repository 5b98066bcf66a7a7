import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Role } from "@/lib/domain/roles";
import type { DbOrTx } from "../client";
import { invitations } from "../schema/credentials";
import { organisations, users } from "../schema/identity";

// Invitations into an organisation. A pending invitation is neither accepted, revoked nor expired; accepting is a
// conditional UPDATE, so one link makes one membership however often it is submitted.

export type PendingInvitation = { id: string; email: string; role: Role; invitedByName: string | null; createdAt: Date; expiresAt: Date };
export type LiveInvitation = { id: string; organisationId: string; organisationName: string; email: string; role: Role; invitedByName: string | null; expiresAt: Date };

const pending = (now: Date) => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));

export async function insertInvitation(
  tx: DbOrTx,
  values: { organisationId: string; email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date },
): Promise<PendingInvitation> {
  const [row] = await tx.insert(invitations).values(values).returning({ id: invitations.id, createdAt: invitations.createdAt });
  if (!row) throw new Error("insertInvitation: no row returned");
  return { id: row.id, email: values.email, role: values.role, invitedByName: null, createdAt: row.createdAt, expiresAt: values.expiresAt };
}

/** Withdraws the organisation's pending invitations of this email (a new one replaces them). @returns their ids */
export async function revokePendingInvitationsOf(tx: DbOrTx, { organisationId, email, now }: { organisationId: string; email: string; now: Date }): Promise<string[]> {
  const rows = await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.organisationId, organisationId), eq(invitations.email, email), pending(now)))
    .returning({ id: invitations.id });
  return rows.map((row) => row.id);
}

export async function listPendingInvitations(db: DbOrTx, { organisationId, now }: { organisationId: string; now: Date }): Promise<PendingInvitation[]> {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, invitedByName: users.name, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.organisationId, organisationId), pending(now)))
    .orderBy(desc(invitations.createdAt), invitations.id);
}

/** Withdraws one pending invitation of the organisation. @returns its email and role, or undefined (404) */
export async function revokeInvitation(tx: DbOrTx, { organisationId, invitationId, now }: { organisationId: string; invitationId: string; now: Date }) {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), pending(now)))
    .returning({ email: invitations.email, role: invitations.role });
  return row;
}

export async function findLiveInvitation(db: DbOrTx, { tokenHash, now }: { tokenHash: string; now: Date }): Promise<LiveInvitation | undefined> {
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      email: invitations.email,
      role: invitations.role,
      invitedByName: users.name,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.tokenHash, tokenHash), pending(now)))
    .limit(1);
  return row;
}

/** Marks the invitation accepted by the user, once. @returns false when it was accepted, revoked or expired meanwhile */
export async function acceptInvitationRow(tx: DbOrTx, { invitationId, userId, now }: { invitationId: string; userId: string; now: Date }): Promise<boolean> {
  const rows = await tx
    .update(invitations)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(and(eq(invitations.id, invitationId), pending(now)))
    .returning({ id: invitations.id });
  return rows.length > 0;
}
