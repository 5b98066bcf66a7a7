import type { DbOrTx } from "@/db";
import { countOtherActiveAdmins, countOtherOrganisationsOf } from "@/db/queries/users";
import { AppError } from "@/lib/errors";

// The rules that keep an organisation administrable, checked inside the transaction that makes the change, after
// it took the organisation's member-write lock (lockOrganisationMembers): without the lock two admins demoting
// each other at the same moment would each still count the other as an admin, and the organisation would be left
// with none.

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
export async function assertKeepsActiveAdmin(tx: DbOrTx, scope: { organisationId: string; userId: string }): Promise<void> {
  if ((await countOtherActiveAdmins(tx, scope)) > 0) return;
  throw new AppError("LAST_ADMIN", "The organisation must keep at least one active admin", { status: 422 });
}

/**
 * An account's active flag is global: it signs the person out of EVERY organisation. So an admin may only change
 * it for an account that belongs to their organisation alone; otherwise one organisation could lock a person out
 * of another's data. Removing the membership is the way to end a shared account's access here.
 */
export async function assertOnlyThisOrganisation(tx: DbOrTx, scope: { organisationId: string; userId: string }): Promise<void> {
  if ((await countOtherOrganisationsOf(tx, scope)) === 0) return;
  throw new AppError(
    "ACCOUNT_SHARED",
    "This person also belongs to another organisation, so their account cannot be deactivated or reactivated here: remove them from this organisation instead",
    { status: 422 },
  );
}


export function alreadyMember(): AppError {
  return new AppError("ALREADY_MEMBER", "This person is already a member of the organisation", {
    status: 409,
    fieldErrors: { email: ["Already a member of this organisation"] },
  });
}
