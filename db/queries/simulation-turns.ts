import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { simulationRuns } from "../schema";

// The fair turns of the runs waiting in or running from pg-boss (simulation_runs.options.fairTurn), from which a
// new pg-boss run's turn is chosen (lib/simulations/fair-order.ts). Read system-wide: turns are shared by every
// organisation. Runs without a turn (in-process queue, at once, or stored before turns existed) are not counted.

const FAIR_TURN = sql<number>`(${simulationRuns.options} ->> 'fairTurn')::int`;

/**
 * The lowest turn of every active pg-boss run, and the latest of the organisation's; null when there is none.
 * Call it under the organisation's quota lock (lockOrganisationQuota) so two of its runs never get the same turn.
 */
export async function readActiveTurns(
  db: DbOrTx,
  { organisationId }: { organisationId: string },
): Promise<{ lowestActive: number | null; organisationLatest: number | null }> {
  const [row] = await db
    .select({
      lowestActive: sql<number | null>`min(${FAIR_TURN})`,
      organisationLatest: sql<number | null>`max(${FAIR_TURN}) filter (where ${simulationRuns.organisationId} = ${organisationId})`,
    })
    .from(simulationRuns)
    .where(inArray(simulationRuns.status, ["queued", "running"]));
  return { lowestActive: toNumberOrNull(row?.lowestActive), organisationLatest: toNumberOrNull(row?.organisationLatest) };
}

// Drivers may hand integers from an aggregate back as text.
function toNumberOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
