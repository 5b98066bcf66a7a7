import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { memberships, organisations, users } from "@/db/schema/identity";
import type { MembershipSummary } from "./types";

export type UserWithMemberships = {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  memberships: MembershipSummary[];
};

/** The user and every organisation they belong to (ordered by organisation name), or null when unknown. */
export async function getUserWithMemberships(db: DbOrTx, { userId }: { userId: string }): Promise<UserWithMemberships | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const rows = await db
    .select({ organisationId: organisations.id, organisationName: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(organisations.id));
  return { ...user, memberships: rows };
}
