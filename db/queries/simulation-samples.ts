import { and, eq, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { simulationResults, simulationRuns } from "../schema";

// The raw samples a run kept (one float64 array per metric, as bytes), for the results export.

/** The kept samples of a run of the organisation, per metric in the results' order; empty when none were kept. */
export async function listRawSamples(
  db: DbOrTx,
  { organisationId, runId }: { organisationId: string; runId: string },
): Promise<{ metric: string; bytes: Uint8Array | null }[]> {
  return db
    .select({ metric: simulationResults.metric, bytes: simulationResults.rawSamples })
    .from(simulationResults)
    .innerJoin(simulationRuns, eq(simulationRuns.id, simulationResults.runId))
    .where(and(eq(simulationResults.runId, runId), eq(simulationRuns.organisationId, organisationId), isNotNull(simulationResults.rawSamples)))
    .orderBy(simulationResults.createdAt, simulationResults.metric);
}
