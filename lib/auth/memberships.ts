import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { selectRows } from "@/db/queries/select-rows";
import type { MembershipSummary } from "./types";

export type UserWithMemberships = {
  id: string;
  email: string;
  name: string;
  isActive: boolean;
  memberships: MembershipSummary[];
};

type UserMembershipRow = Omit<UserWithMemberships, "memberships"> & {
  organisationId: string | null;
  organisationName: string | null;
  role: MembershipSummary["role"] | null;
};

/**
 * The user and every organisation they belong to (ordered by organisation name), or null when unknown. One
 * round trip (every authenticated request makes it): a user without memberships comes back as one row of NULLs.
 */
export async function getUserWithMemberships(db: DbOrTx, { userId }: { userId: string }): Promise<UserWithMemberships | null> {
  const rows = await selectRows<UserMembershipRow>(
    db,
    sql`SELECT u.id, u.email, u.name, u.is_active AS "isActive",
               o.id AS "organisationId", o.name AS "organisationName", m.role::text AS role
          FROM users u
          LEFT JOIN memberships m ON m.user_id = u.id
          LEFT JOIN organisations o ON o.id = m.organisation_id
         WHERE u.id = ${userId}
         ORDER BY o.name, o.id`,
  );
  const [first] = rows;
  if (!first) return null;
  const memberships: MembershipSummary[] = [];
  for (const { organisationId, organisationName, role } of rows) {
    if (organisationId !== null && organisationName !== null && role !== null) memberships.push({ organisationId, organisationName, role });
  }
  return { id: first.id, email: first.email, name: first.name, isActive: first.isActive, memberships };
}
