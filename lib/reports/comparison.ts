import { getDb, type DbOrTx } from "@/db";
import { getProject } from "@/db/queries/projects";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { listScenarios } from "@/db/queries/scenarios";
import { isAppError } from "@/lib/errors";
import { compareScenarios, type ScenarioComparison } from "@/lib/scenarios/compare";
import { loadEffectiveScenarioFromChain, type EffectiveScenario } from "@/lib/scenarios/load-effective-scenario";
import { scenarioConventions, type CoverFact } from "./cover";

// Scenario comparison report: the comparison of the chosen scenarios (or, by default, the project's scenarios
// that are not archived, at most six), refused with the comparison page's rules.

const MAX_COMPARED = 6;

export type ComparisonOutcome = { kind: "compared"; comparison: ScenarioComparison; conventions: CoverFact[] } | { kind: "refused"; message: string };

/** `conventions`: the compared scenarios' shared conventions for the cover (the project's currency when refused). */
export type ComparisonReport = { projectName: string; outcome: ComparisonOutcome; conventions: CoverFact[] };

/** Each convention the scenarios share, and "Differs by scenario" for one they do not. */
function sharedConventions(effectives: EffectiveScenario[]): CoverFact[] {
  const each = effectives.map((effective) => scenarioConventions(effective));
  const labels = [...new Set(each.flatMap((facts) => facts.map((fact) => fact.label)))];
  return labels.map((label) => {
    const values = new Set(each.map((facts) => facts.find((fact) => fact.label === label)?.value ?? "—"));
    return { label, value: values.size === 1 ? [...values][0] ?? "—" : "Differs by scenario" };
  });
}

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
  const outcome = await compareChosen(db, { organisationId, projectId, scenarioIds });
  const conventions = outcome.kind === "compared" ? outcome.conventions : [{ label: "Currency", value: project.currency }];
  return { projectName: project.name, outcome, conventions };
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
    return { kind: "compared", comparison: compareScenarios(projectId, effectives), conventions: sharedConventions(effectives) };
  } catch (error) {
    if (isAppError(error) && error.status === 422) return { kind: "refused", message: error.message };
    throw error;
  }
}
