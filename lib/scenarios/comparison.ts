import { getDb } from "@/db";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { isAppError, notFound } from "@/lib/errors";
import { compareScenariosSchema } from "@/lib/validation/scenario";
import { compareScenarios, type ScenarioComparison } from "./compare";
import { loadEffectiveScenarios } from "./load-effective-scenario";

// Comparing scenarios of a project, for the API and for the compare page. The scenarios are looked up in the
// project's organisation only: an id of another organisation (or none) is "not found", so the answer never tells
// whether it exists elsewhere; one of another project of this organisation is refused by the rules (422).

export type ProjectScope = { organisationId: string; projectId: string };

/** The chains of the ids, in order; undefined when one of them is not in the organisation. */
async function findChains(organisationId: string, scenarioIds: readonly string[]): Promise<ScenarioChain[] | undefined> {
  const db = await getDb();
  const chains = await Promise.all(scenarioIds.map((scenarioId) => getScenarioChain(db, { organisationId, scenarioId })));
  const found = chains.flatMap((chain) => (chain ? [chain] : []));
  return found.length === chains.length ? found : undefined;
}

/**
 * 2–6 scenarios of the project side by side: effective settings, key inputs, deterministic metrics, differences.
 * @throws AppError NOT_FOUND for an id not in the organisation; (422) the code of the first comparison rule broken
 */
export async function compareProjectScenarios(scope: ProjectScope, scenarioIds: readonly string[]): Promise<ScenarioComparison> {
  const chains = await findChains(scope.organisationId, scenarioIds);
  if (!chains) throw notFound("Scenario");
  return compareScenarios(scope.projectId, await loadEffectiveScenarios(await getDb(), chains));
}

/** What the compare page shows: the comparison, or why there is none. */
export type CompareOutcome =
  | { kind: "compared"; comparison: ScenarioComparison }
  | { kind: "invalid"; message: string }
  | { kind: "refused"; code: string; message: string };

/** The same comparison the API answers, from the page's `ids` search parameter (comma-separated or repeated). */
export async function compareScenariosForPage(scope: ProjectScope, rawIds: string | string[] | undefined): Promise<CompareOutcome> {
  const ids = (Array.isArray(rawIds) ? rawIds.join(",") : (rawIds ?? "")).split(",").map((id) => id.trim()).filter(Boolean);
  const parsed = compareScenariosSchema.safeParse({ scenarioIds: ids });
  if (!parsed.success) {
    return { kind: "invalid", message: `Choose 2 to 6 different scenarios of this project to compare (${ids.length} chosen).` };
  }
  const chains = await findChains(scope.organisationId, parsed.data.scenarioIds);
  if (!chains) return { kind: "invalid", message: "One of the chosen scenarios no longer exists; choose again." };
  const effectives = await loadEffectiveScenarios(await getDb(), chains);
  try {
    return { kind: "compared", comparison: compareScenarios(scope.projectId, effectives) };
  } catch (error) {
    if (isAppError(error) && error.status === 422) return { kind: "refused", code: error.code, message: error.message };
    throw error;
  }
}
