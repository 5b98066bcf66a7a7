import { getDb } from "@/db";
import { findProjectRow } from "@/db/queries/projects";
import { insertScenario } from "@/db/queries/scenario-writes";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { notFound } from "@/lib/errors";
import type { BranchScenarioInput, CreateScenarioInput } from "@/lib/validation/scenario";
import { write } from "@/lib/writes";
import { loadEffectiveScenarioFromChain } from "./load-effective-scenario";
import { assertDeckOfOrganisation, assertEffectiveDeck } from "./price-deck-rules";
import { presentEffectiveScenario, presentScenarioChain, type PresentedScenario } from "./present";
import { getScenarioChainOrThrow } from "./read";
import { assertRootSettingsComplete, pickSettings, revenueSettingsFor, withRootDefaults } from "./settings-rules";
import { assertCanHaveChild, chainOf, clearBaseCaseAudited, loadParentChain, withNameCheck, type ScenarioActor } from "./write-rules";

// Creating scenarios: a new root or child of a project, or a branch that inherits everything. One transaction
// each (lib/writes) with its audit rows; the answer is built from what the write returned, not read again.

/**
 * A root's settings: the project's currency and discount rate, and its commodity's revenue terms (price, price and
 * grade units, payable, TC/RC), wherever the request gave none; it must be complete.
 */
async function rootSettings(actor: ScenarioActor, given: Partial<ScenarioSettings>): Promise<Partial<ScenarioSettings>> {
  const project = await findProjectRow(await getDb(), { organisationId: actor.organisationId, projectId: actor.projectId });
  if (!project) throw notFound("Project");
  const projectDefaults = { currency: project.currency, discountRatePct: project.defaultDiscountRatePct };
  const settings = withRootDefaults(given, { ...revenueSettingsFor(project.primaryCommodity), ...projectDefaults });
  assertRootSettingsComplete(settings);
  return settings;
}

/**
 * Creates a scenario in the actor's project. A root takes the project's currency and discount rate unless given
 * and must be complete; a child stores only the settings given (its overrides).
 * @returns the new scenario (header, ancestors, effective settings)
 * @throws AppError SCENARIO_SETTINGS_INCOMPLETE / SCENARIO_PARENT_INVALID / SCENARIO_TOO_DEEP / PRICE_DECK_INVALID /
 *   PRICE_DECK_REQUIRED (422), SCENARIO_NAME_TAKEN (409)
 */
export async function createScenario(actor: ScenarioActor, input: CreateScenarioInput): Promise<PresentedScenario> {
  const { organisationId, projectId } = actor;
  const parentScenarioId = input.parentScenarioId ?? null;
  const settings = parentScenarioId ? pickSettings(input) : await rootSettings(actor, pickSettings(input));
  const chain = await withNameCheck(input.name, () =>
    write(actor, async (w) => {
      const parent = parentScenarioId ? await loadParentChain(w.tx, { organisationId, projectId, parentScenarioId }) : undefined;
      await assertDeckOfOrganisation(w.tx, organisationId, settings);
      if (input.isBaseCase) await clearBaseCaseAudited(w, { projectId });
      const created = await insertScenario(w.tx, {
        values: {
          ...settings,
          projectId,
          parentScenarioId,
          name: input.name,
          description: input.description ?? null,
          status: input.status,
          isBaseCase: input.isBaseCase,
          createdBy: actor.userId,
        },
      });
      const chain = chainOf(organisationId, parent?.scenarios ?? [], created);
      assertEffectiveDeck(chain);
      await w.audit({ action: "create", entityType: "scenario", entityId: created.id, after: created });
      return chain;
    }),
  );
  return presentScenarioChain(chain);
}

/**
 * A child of the scenario that stores nothing but its name, description and status draft.
 * @returns the effective child with the inheritance of every setting and row
 * @throws AppError NOT_FOUND, SCENARIO_TOO_DEEP (422), SCENARIO_NAME_TAKEN (409)
 */
export async function branchScenario(actor: ScenarioActor & { scenarioId: string }, input: BranchScenarioInput): Promise<PresentedScenario> {
  const parent = await getScenarioChainOrThrow({ organisationId: actor.organisationId, scenarioId: actor.scenarioId });
  assertCanHaveChild(parent);
  const child = await withNameCheck(input.name, () =>
    write(actor, async (w) => {
      const created = await insertScenario(w.tx, {
        values: {
          projectId: parent.projectId,
          parentScenarioId: parent.scenario.id,
          name: input.name,
          description: input.description ?? null,
          status: "draft",
          createdBy: actor.userId,
        },
      });
      await w.audit({ action: "create", entityType: "scenario", entityId: created.id, after: { ...created, branchedFrom: parent.scenario.id } });
      return created;
    }),
  );
  const effective = await loadEffectiveScenarioFromChain(await getDb(), chainOf(actor.organisationId, parent.scenarios, child));
  return presentEffectiveScenario(effective, { inheritance: true });
}
