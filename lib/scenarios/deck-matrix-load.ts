import { getDb } from "@/db";
import { listPriceDecksWithPrices } from "@/db/queries/price-decks";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { listScenarios } from "@/db/queries/scenarios";
import { computeDeckMatrix, type DeckMatrix } from "./deck-matrix";
import { loadEffectiveScenarios } from "./load-effective-scenario";

// Loading the deck × scenario matrix of a project: its scenarios (archived ones only when asked) and the
// organisation's decks, both read through the organisation the access guard named.

/** Beyond this many scenarios the matrix shows the first ones (oldest first) and says how many it left out. */
export const DECK_MATRIX_MAX_SCENARIOS = 30;

export type ProjectDeckMatrix = DeckMatrix & { omittedScenarioCount: number };

export async function getProjectDeckMatrix(
  { organisationId, projectId }: { organisationId: string; projectId: string },
  { includeArchived = false }: { includeArchived?: boolean } = {},
): Promise<ProjectDeckMatrix> {
  const db = await getDb();
  const [listed, decks] = await Promise.all([listScenarios(db, { organisationId, projectId }), listPriceDecksWithPrices(db, { organisationId })]);
  const shown = listed.filter((scenario) => includeArchived || scenario.status !== "archived");
  const kept = shown.slice(0, DECK_MATRIX_MAX_SCENARIOS);
  const chains = await Promise.all(kept.map((scenario) => getScenarioChain(db, { organisationId, scenarioId: scenario.id })));
  // A scenario deleted between the two reads simply drops out of the matrix.
  const found = chains.filter((chain): chain is ScenarioChain => chain !== undefined);
  const effectives = await loadEffectiveScenarios(db, found);
  return { ...computeDeckMatrix(effectives, decks), omittedScenarioCount: shown.length - kept.length };
}
