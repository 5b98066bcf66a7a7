import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { memberships, organisations } from "../schema/identity";

// What the first run in production needs: whether any organisation has an administrator yet, and a new organisation.

/** Whether any organisation has an admin (the setup command refuses then; the sign-in page explains otherwise). */
export async function hasAnyAdmin(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(memberships).where(eq(memberships.role, "admin")).limit(1);
  return row !== undefined;
}

/** Serialises concurrent setups (a transaction-scoped advisory lock: released at commit or rollback). */
export async function lockFirstAdminSetup(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('calminer:first-admin'))`);
}

export async function insertOrganisation(tx: DbOrTx, { name, slug }: { name: string; slug: string }): Promise<string> {
  const [row] = await tx.insert(organisations).values({ name, slug }).returning({ id: organisations.id });
  if (!row) throw new Error("insertOrganisation: no row returned");
  return row.id;
}
