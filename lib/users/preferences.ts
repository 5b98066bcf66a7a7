import { getDb } from "@/db";
import { updateNumberFormat } from "@/db/queries/preferences";
import { forgetIdentity, notifyIdentityChanged } from "@/lib/auth/identity-memo";
import { recordPersonEvent } from "@/lib/auth/person-events";
import type { NumberFormat } from "@/lib/domain/number-format";
import { AppError } from "@/lib/errors";

// A person's own preferences. Like a password change, a preference is an event of the account, audited in every
// organisation the person belongs to (lib/auth/person-events.ts), which is why this writes in its own transaction
// rather than through lib/writes (scoped to one organisation): no organisation's data or dashboard reads it. The
// account is part of the remembered identity (lib/auth/identity-memo.ts), so every instance is told to forget it.

/** Sets the person's number format (null: follow their browser); a change to the same value records nothing. */
export async function setNumberFormat({ userId, numberFormat }: { userId: string; numberFormat: NumberFormat | null }): Promise<NumberFormat | null> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const changed = await updateNumberFormat(tx, { userId, numberFormat });
    if (!changed) throw new AppError("NOT_FOUND", "This account no longer exists");
    if (changed.before === numberFormat) return;
    await recordPersonEvent(tx, {
      userId,
      actorUserId: userId,
      action: "preference_change",
      before: { numberFormat: changed.before },
      after: { numberFormat },
    });
    await notifyIdentityChanged(tx, userId);
  });
  forgetIdentity(userId);
  return numberFormat;
}
