import type { DbOrTx } from "@/db";
import { recordPersonEvent } from "./person-events";

// Sign-ins in each organisation's audit log. A sign-in is the person's, not an organisation's, so the event is
// written once into every organisation they belong to, where its admins look. These rows change no data: no
// dashboard or remembered identity depends on them, so they bypass lib/writes' after-commit effects on purpose
// (the overview leaves sign-ins out of its activity). Attempts on unknown emails are in sign_in_attempts only.

export type SignInEvent = {
  /** The account the attempt named. */
  userId: string;
  outcome: "succeeded" | "failed";
  clientAddress: string;
};

/** Appends the event to the audit log of every organisation of the account, in one transaction. */
export async function auditSignIn(db: DbOrTx, { userId, outcome, clientAddress }: SignInEvent): Promise<void> {
  await db.transaction(async (tx) => {
    // A failed attempt's actor is whoever typed the password: not the account's owner, as far as we know.
    const action = outcome === "succeeded" ? "sign_in" : "sign_in_failed";
    await recordPersonEvent(tx, { userId, actorUserId: outcome === "succeeded" ? userId : null, action, after: { clientAddress } });
  });
}
