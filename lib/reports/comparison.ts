import { getDb, type DbOrTx } from "@/db";
import { getProject } from "@/db/queries/projects";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { listScenarios } from "@/db/queries/scenarios";
import { isAppError } from "@/lib/errors";
import { compareScenarios, type ScenarioComparison } from "@/lib/scenarios/compare";
import { loadEffectiveScenarioFromChain } from "@/lib/scenarios/load-effective-scenario";

// Scenario comparison report: the comparison of the chosen scenarios (or, by default, the project's scenarios
// that are not archived, at most six), refused with the comparison page's rules.

const MAX_COMPARED = 6;

export type ComparisonOutcome = { kind: "compared"; comparison: ScenarioComparison } | { kind: "refused"; message: string };

export type ComparisonReport = { projectName: string; outcome: ComparisonOutcome };

export function parseIds(raw: string | string[] | undefined): string[] {
  return (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((id) => id.trim()).filter(Boolean);
}

/** The report of a project of the organisation; undefined when it is not found there. */
export async function loadComparisonReport(
  { organisationId, projectId, scenarioIds }: { organisationId: string; projectId: string; scenarioIds: string[] },
): Promise<ComparisonReport | undefined> {
  const db = await getDb();
  const project = await getProject(db, { organisationId, projectId });
  if (!project) return undefined;
  return { projectName: project.name, outcome: await compareChosen(db, { organisationId, projectId, scenarioIds }) };
}

async function compareChosen(
  db: DbOrTx,
  { organisationId, projectId, scenarioIds }: { organisationId: string; projectId: string; scenarioIds: string[] },
): Promise<ComparisonOutcome> {
  let ids = scenarioIds;
  if (ids.length === 0) {
    const scenarios = await listScenarios(db, { organisationId, projectId });
    ids = scenarios.filter((s) => s.status !== "archived").slice(0, MAX_COMPARED).map((s) => s.id);
  }
  if (ids.length < 2 || ids.length > MAX_COMPARED) return { kind: "refused", message: `Choose 2 to ${MAX_COMPARED} scenarios of the project to compare (${ids.length} chosen).` };
  const chains = await Promise.all(ids.map((scenarioId) => getScenarioChain(db, { organisationId, scenarioId })));
  const found = chains.flatMap((chain) => (chain ? [chain] : []));
  if (found.length !== ids.length) return { kind: "refused", message: "One of the chosen scenarios does not exist." };
  const effectives = await Promise.all(found.map((chain) => loadEffectiveScenarioFromChain(db, chain)));
  try {
    return { kind: "compared", comparison: compareScenarios(projectId, effectives) };
  } catch (error) {
    if (isAppError(error) && error.status === 422) return { kind: "refused", message: error.message };
    throw error;
  }
}
