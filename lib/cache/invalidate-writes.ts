import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { scenarios, simulationRuns } from "@/db/schema";
import {
  invalidateOperationsDashboards,
  invalidateOrganisationDashboards,
  invalidateProjectDashboards,
} from "../dashboards/cache-keys";

// What each kind of write makes stale, in one place. Call AFTER the write has committed (see dashboard-keys.ts).
// A failed bump never fails the write: the resilient cache remembers it and replays it when the cache answers.

/** A project was created, changed or deleted: every dashboard of its organisation. */
export async function invalidateAfterProjectWrite(organisationId: string): Promise<void> {
  await invalidateOrganisationDashboards(organisationId);
}

async function findProjectOfScenario(db: DbOrTx, scenarioId: string): Promise<string | undefined> {
  const [row] = await db.select({ projectId: scenarios.projectId }).from(scenarios).where(eq(scenarios.id, scenarioId));
  return row?.projectId;
}

/** A scenario or any of its inputs changed: the project's dashboards (and the overview's activity). */
export async function invalidateAfterScenarioWrite(
  db: DbOrTx,
  { organisationId, scenarioId, projectId }: { organisationId: string; scenarioId: string; projectId?: string },
): Promise<void> {
  // A deleted scenario is gone: its caller passes the project it knew.
  const project = projectId ?? (await findProjectOfScenario(db, scenarioId));
  if (project) await invalidateProjectDashboards(organisationId, project);
  else await invalidateOrganisationDashboards(organisationId);
}

/** A maintenance log changed: the operations dashboard of the equipment's project. */
export async function invalidateAfterMaintenanceWrite(
  db: DbOrTx,
  { organisationId, scenarioId }: { organisationId: string; scenarioId: string },
): Promise<void> {
  const project = await findProjectOfScenario(db, scenarioId);
  if (project) await invalidateOperationsDashboards(organisationId, project);
}

/** A simulation run was queued, changed status or stored its results: its project's dashboards. */
export async function invalidateAfterRunChange(db: DbOrTx, runId: string): Promise<void> {
  const [run] = await db
    .select({ organisationId: simulationRuns.organisationId, scenarioId: simulationRuns.scenarioId })
    .from(simulationRuns)
    .where(eq(simulationRuns.id, runId));
  if (run) await invalidateAfterScenarioWrite(db, run);
}
