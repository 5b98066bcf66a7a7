import type { Tx } from "@/db";
import { foldSettings } from "@/db/queries/scenario-fold";
import type { ScenarioChain, ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { staleScenario } from "@/db/queries/scenario-version";
import { updateScenarioRow, type ScenarioChanges } from "@/db/queries/scenario-writes";
import type { Scenario } from "@/db/schema";
import type { UpdateScenarioInput } from "@/lib/validation/scenario";
import { write } from "@/lib/writes";
import { presentScenarioChain, type PresentedScenario } from "./present";
import { assertDeckOfOrganisation, assertEffectiveDeck } from "./price-deck-rules";
import { getScenarioChainOrThrow } from "./read";
import { assertRootSettingsComplete, assertStatusTransition, ownSettings, pickSettings } from "./settings-rules";
import { assertNoCycle, chainOf, clearBaseCaseAudited, foldRowsInto, loadParentChain, withNameCheck, type ScenarioActor } from "./write-rules";

// Updating a scenario: its header, its own settings, its parent. One transaction with its audit rows; the answer
// is the chain the write produced (the ancestors it already holds or the new parent's), not read again.

/**
 * Updates a scenario read at `input.version`. In a child a setting sent as null reverts to the parent's value; a
 * new parent must be in the same project and not in the scenario's subtree; null makes it a root that keeps its
 * effective inputs (its ancestors are folded in). isBaseCase true clears the project's previous base case.
 * @returns the scenario after the change (header, ancestors, effective settings)
 * @throws AppError NOT_FOUND, STALE_UPDATE (409), SCENARIO_CYCLE / SCENARIO_PARENT_INVALID /
 *   SCENARIO_SETTINGS_INCOMPLETE / SCENARIO_STATUS_TRANSITION / PRICE_DECK_INVALID / PRICE_DECK_REQUIRED (422), SCENARIO_NAME_TAKEN / SCENARIO_ROWS_CONFLICT (409)
 */
export async function updateScenario(actor: ScenarioActor & { scenarioId: string }, input: UpdateScenarioInput): Promise<PresentedScenario> {
  const chain = await getScenarioChainOrThrow({ organisationId: actor.organisationId, scenarioId: actor.scenarioId });
  const current = chain.scenario;
  if (input.version !== current.version) throw staleScenario();
  if (input.status) assertStatusTransition(current.status, input.status);
  const updatedChain = await withNameCheck(input.name, () =>
    write(actor, async (w) => {
      const change = await planParentChange(w.tx, chain, input);
      const settings = { ...change.settings, ...pickSettings(input) };
      const isRoot = change.parentScenarioId === undefined ? current.parentScenarioId === null : change.parentScenarioId === null;
      if (isRoot) assertRootSettingsComplete({ ...ownSettings(current), ...settings });
      await assertDeckOfOrganisation(w.tx, chain.organisationId, settings);
      if (input.isBaseCase) await clearBaseCaseAudited(w, { projectId: current.projectId, exceptId: current.id });
      const updated = await updateScenarioRow(w.tx, { scenarioId: current.id, version: input.version, changes: changesOf(input, change, settings) });
      if (!updated) throw staleScenario();
      const written = chainOf(chain.organisationId, change.ancestors, updated);
      assertEffectiveDeck(written);
      await w.audit({ action: "update", entityType: "scenario", entityId: current.id, before: current, after: { ...updated, foldedRows: change.foldedRows } });
      return written;
    }),
  );
  return presentScenarioChain(updatedChain);
}

/** The columns the update writes: the settings, and each header field the request sent. */
function changesOf(input: UpdateScenarioInput, change: ParentChange, settings: Partial<ScenarioSettings>): ScenarioChanges {
  return {
    ...settings,
    ...(change.parentScenarioId !== undefined ? { parentScenarioId: change.parentScenarioId } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.isBaseCase !== undefined ? { isBaseCase: input.isBaseCase } : {}),
  };
}

type ParentChange = {
  parentScenarioId?: string | null;
  settings: Partial<ScenarioSettings>;
  foldedRows: number;
  /** The ancestors after the change, root first. */
  ancestors: Scenario[];
};

/** Validates a parent change and, when the scenario becomes a root, folds its ancestors into it. */
async function planParentChange(tx: Tx, chain: ScenarioChain, input: UpdateScenarioInput): Promise<ParentChange> {
  const current = chain.scenario;
  const requested = input.parentScenarioId;
  if (requested === undefined || requested === current.parentScenarioId) {
    return { settings: {}, foldedRows: 0, ancestors: chain.scenarios.slice(0, -1) };
  }
  if (requested === null) {
    const ancestors = chain.scenarios.slice(0, -1).reverse();
    const foldedRows = await foldRowsInto(tx, { scenarioId: current.id, ancestorIdsNearestFirst: ancestors.map((a) => a.id), isBecomingRoot: true });
    // Settings the request sets explicitly win over the folded ones (pickSettings is applied after).
    return { parentScenarioId: null, settings: foldSettings(current, ancestors), foldedRows, ancestors: [] };
  }
  const parentChain = await loadParentChain(tx, { organisationId: chain.organisationId, projectId: current.projectId, parentScenarioId: requested });
  assertNoCycle(parentChain, current.id);
  return { parentScenarioId: requested, settings: {}, foldedRows: 0, ancestors: parentChain.scenarios };
}
