import { eq } from "drizzle-orm";
import type { NumberFormat } from "@/lib/domain/number-format";
import type { DbOrTx } from "../client";
import { users } from "../schema/identity";

// A person's own preferences, on their account row. Scoped by the user: a person changes only their own.

/** Sets the number format and answers the one it replaces; undefined when the account is not there. */
export async function updateNumberFormat(
  tx: DbOrTx,
  { userId, numberFormat }: { userId: string; numberFormat: NumberFormat | null },
): Promise<{ before: NumberFormat | null } | undefined> {
  const [current] = await tx.select({ numberFormat: users.numberFormat }).from(users).where(eq(users.id, userId)).for("update");
  if (!current) return undefined;
  await tx.update(users).set({ numberFormat }).where(eq(users.id, userId));
  return { before: current.numberFormat };
}
