import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { simulationRuns } from "../schema/simulations";

// What an organisation's simulation quota counts: its background runs queued or running now, and the iterations of
// the runs it started within the rolling window (whatever became of them: a cancelled run used the machines too).

export type QuotaUsage = { activeRuns: number; iterations: number; oldestInWindow: Date | null };

/** Serialises quota decisions of one organisation (transaction-scoped: released at commit or rollback). */
export async function lockOrganisationQuota(tx: DbOrTx, { organisationId }: { organisationId: string }): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`calminer:simulation-quota:${organisationId}`}))`);
}

export async function readQuotaUsage(db: DbOrTx, { organisationId, since }: { organisationId: string; since: Date }): Promise<QuotaUsage> {
  const [row] = await db
    .select({
      activeRuns: sql<number>`count(*) filter (where ${inArray(simulationRuns.status, ["queued", "running"])})::int`,
      iterations: sql<number>`coalesce(sum(${simulationRuns.iterations}) filter (where ${gt(simulationRuns.queuedAt, since)}), 0)::bigint`,
      oldestInWindow: sql<Date | null>`min(${simulationRuns.queuedAt}) filter (where ${gt(simulationRuns.queuedAt, since)})`,
    })
    .from(simulationRuns)
    .where(and(eq(simulationRuns.organisationId, organisationId), sql`(${inArray(simulationRuns.status, ["queued", "running"])} or ${gt(simulationRuns.queuedAt, since)})`));
  const oldest = row?.oldestInWindow ?? null;
  return { activeRuns: row?.activeRuns ?? 0, iterations: Number(row?.iterations ?? 0), oldestInWindow: oldest === null ? null : new Date(oldest) };
}
