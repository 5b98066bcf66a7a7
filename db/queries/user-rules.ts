import { and, count, eq, ne } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "../client";
import { memberships, organisations, users } from "../schema";

// The rules that keep an organisation administrable, checked inside the transaction that makes the change.

/**
 * Serialises every membership write of one organisation (FOR NO KEY UPDATE on its row, which does not block
 * inserts that reference it). Without it two admins demoting each other at the same moment would each still
 * count the other as an admin, and the organisation would be left with none.
 */
export async function lockOrganisationMembers(tx: DbOrTx, { organisationId }: { organisationId: string }): Promise<void> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).for("no key update");
}

/** An admin may not take away their own admin access (demote, deactivate or remove themself). */
export function assertNotOwnDemotion({
  actorUserId,
  userId,
  isLosingAdmin,
  verb,
}: {
  actorUserId: string | null;
  userId: string;
  isLosingAdmin: boolean;
  verb: "demote" | "deactivate" | "remove";
}): void {
  if (actorUserId !== userId || !isLosingAdmin) return;
  throw new AppError("SELF_DEMOTION", `You cannot ${verb} yourself: ask another admin to do it`, { status: 422 });
}

/** The organisation keeps at least one active admin besides `userId`. */
export async function assertKeepsActiveAdmin(tx: DbOrTx, { organisationId, userId }: { organisationId: string; userId: string }): Promise<void> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.role, "admin"),
        eq(users.isActive, true),
        ne(memberships.userId, userId),
      ),
    );
  if ((row?.total ?? 0) > 0) return;
  throw new AppError("LAST_ADMIN", "The organisation must keep at least one active admin", { status: 422 });
}

/**
 * An account's active flag is global: it signs the person out of EVERY organisation. So an admin may only change
 * it for an account that belongs to their organisation alone; otherwise one organisation could lock a person out
 * of another's data. Removing the membership is the way to end a shared account's access here.
 */
export async function assertOnlyThisOrganisation(tx: DbOrTx, { organisationId, userId }: { organisationId: string; userId: string }): Promise<void> {
  const [row] = await tx
    .select({ total: count() })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), ne(memberships.organisationId, organisationId)));
  if ((row?.total ?? 0) === 0) return;
  throw new AppError(
    "ACCOUNT_SHARED",
    "This person also belongs to another organisation, so their account cannot be deactivated or reactivated here: remove them from this organisation instead",
    { status: 422 },
  );
}
