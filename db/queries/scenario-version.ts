import { and, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "@/lib/errors";
import type { DbOrTx } from "../client";
import { scenarios } from "../schema";

/**
 * Records that a scenario changed (its settings or any of its input rows): version = version + 1 and a fresh
 * updated_at. Call it in the transaction that makes the change, so a client holding the old version gets 409.
 *
 * Signature: `bumpScenarioVersion(tx, scenarioId, options?: { expectedVersion?: number }): Promise<number>`.
 * @returns the new version
 * @throws AppError NOT_FOUND when the scenario does not exist
 * @throws AppError STALE_UPDATE (409) when `expectedVersion` is given and the stored version differs
 * @example await db.transaction(async (tx) => { await replaceCapex(tx, …); await bumpScenarioVersion(tx, scenarioId); });
 */
export async function bumpScenarioVersion(
  tx: DbOrTx,
  scenarioId: string,
  options: { expectedVersion?: number } = {},
): Promise<number> {
  const versionMatches =
    options.expectedVersion === undefined ? undefined : eq(scenarios.version, options.expectedVersion);
  const [row] = await tx
    .update(scenarios)
    .set({ version: sql`${scenarios.version} + 1`, updatedAt: new Date() })
    .where(and(eq(scenarios.id, scenarioId), versionMatches))
    .returning({ version: scenarios.version });
  if (row) return row.version;
  const [exists] = await tx.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, scenarioId));
  if (!exists) throw notFound("Scenario");
  throw staleScenario();
}

export function staleScenario(): AppError {
  return new AppError("STALE_UPDATE", "The scenario was changed by someone else; reload it and try again");
}
