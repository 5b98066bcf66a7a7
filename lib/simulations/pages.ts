import { getDb } from "@/db";
import { findScenarioPlace, listOrganisationRunHeaders, listScenarioRunHeaders, type ScenarioPlace } from "@/db/queries/pages/simulations";
import { getRun, listRunResults } from "@/db/queries/simulations";
import { findOwned, type Owned } from "@/lib/access";
import { hasRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/types";
import { isAppError } from "@/lib/errors";
import type { SimulationDetailOutput } from "@/lib/http/contracts/simulations";
import { toDetailOutput, toStoredOutput } from "./present";
import { toOrganisationRun, toRunSummary, type OrganisationRunRow, type RunSummary } from "./run-summaries";

// What the simulation pages (server components) show, loaded as the API loads it: a run with its results is the
// API's answer (the same presenter), so a finished run renders at once with no client round trip. The page has
// checked access (lib/access/page.ts) and passes the owner it was given.

export type { OrganisationRunRow, RunSummary } from "./run-summaries";

/** The organisation's 50 latest runs across projects, running and queued first. */
export async function listOrganisationRuns({ organisationId }: { organisationId: string }): Promise<OrganisationRunRow[]> {
  return (await listOrganisationRunHeaders(await getDb(), { organisationId, limit: 50 })).map(toOrganisationRun);
}

async function loadRunDetail(organisationId: string, runId: string): Promise<SimulationDetailOutput | undefined> {
  const db = await getDb();
  const run = await getRun(db, { organisationId, runId });
  if (!run) return undefined;
  return toDetailOutput(run, run.status === "succeeded" ? toStoredOutput(run, await listRunResults(db, run.id)) : null);
}

export type ScenarioSimulations = {
  runs: RunSummary[];
  /** Shown first: a run still going, else the newest results, else the newest run (with its detail when it has one). */
  shown: { summary: RunSummary; detail: SimulationDetailOutput | undefined } | null;
};

/** A scenario's runs (newest first) and the one its page shows first. */
export async function loadScenarioSimulations({ organisationId, scenarioId }: { organisationId: string; scenarioId: string }): Promise<ScenarioSimulations> {
  const runs = (await listScenarioRunHeaders(await getDb(), { organisationId, scenarioId })).map(toRunSummary);
  // A failed or cancelled run never hides the last good results (it stays in the history).
  const shown = runs.find((run) => run.status === "queued" || run.status === "running") ?? runs.find((run) => run.status === "succeeded") ?? runs[0];
  return { runs, shown: shown ? { summary: shown, detail: await loadRunDetail(organisationId, shown.id) } : null };
}

/** A run the page's access check found (`owned` is the run's), with where it belongs; undefined when it is gone. */
export async function loadRunPage(owned: Owned, runId: string): Promise<{ run: SimulationDetailOutput; context: ScenarioPlace } | undefined> {
  if (!owned.scenarioId) return undefined;
  const [run, context] = await Promise.all([
    loadRunDetail(owned.organisationId, runId),
    findScenarioPlace(await getDb(), { organisationId: owned.organisationId, scenarioId: owned.scenarioId }),
  ]);
  return run && context ? { run, context } : undefined;
}

/** Where a run the user may see belongs; undefined when it is missing or outside the user's organisations. */
export async function findRunContext(user: CurrentUser, runId: string): Promise<ScenarioPlace | undefined> {
  try {
    const owner = await findOwned(user, "simulationRun", runId);
    return owner.scenarioId ? await findScenarioPlace(await getDb(), { organisationId: owner.organisationId, scenarioId: owner.scenarioId }) : undefined;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}

/**
 * May the user download the comparison of these runs? GET /api/simulations/compare/export asks for an analyst (or
 * above) in each run's organisation, as a run's own export does; the compare page offers the link only then.
 */
export async function canExportRuns(user: CurrentUser, runIds: readonly string[]): Promise<boolean> {
  const owners = await Promise.all(
    runIds.map((runId) =>
      findOwned(user, "simulationRun", runId).catch((error: unknown) => {
        if (isAppError(error) && error.code === "NOT_FOUND") return undefined;
        throw error;
      }),
    ),
  );
  return owners.every((owner) => {
    const membership = owner && user.memberships.find((m) => m.organisationId === owner.organisationId);
    return membership !== undefined && hasRole(membership.role, "analyst");
  });
}
