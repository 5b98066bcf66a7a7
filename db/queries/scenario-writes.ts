import { and, eq, ne, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { CreateScenarioInput, UpdateScenarioInput } from "@/lib/validation/scenario";
import { assertRootSettingsComplete, assertStatusTransition } from "@/lib/scenario/settings-rules";
import type { Db, Tx } from "../client";
import { SCENARIO_SETTING_KEYS, scenarios, type NewScenario, type Scenario } from "../schema";
import { recordAudit } from "./audit";
import { isUniqueViolation } from "./pg-errors";
import { foldAncestorRows, foldSettings } from "./scenario-fold";
import { getScenarioChain, MAX_SCENARIO_DEPTH, type ScenarioChain, type ScenarioSettings } from "./scenario-inheritance";
import { staleScenario } from "./scenario-version";

// Scenario writes. Each runs in one transaction with its audit entries; the caller has already loaded the
// project or scenario scoped by organisation (404) and checked the role (403).

export type Actor = { organisationId: string; userId: string };
type ProjectDefaults = { id: string; currency: string; defaultDiscountRatePct: number };

/** The settings present in a request (undefined = not sent; null = cleared / inherit). */
export function pickSettings(input: Partial<Record<string, unknown>>): Partial<ScenarioSettings> {
  return Object.fromEntries(
    SCENARIO_SETTING_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]),
  ) as Partial<ScenarioSettings>;
}

function nameTaken(name: string): AppError {
  return new AppError("SCENARIO_NAME_TAKEN", `The project already has a scenario named "${name}"`, {
    status: 409,
    fieldErrors: { name: ["is already used in this project"] },
  });
}

async function withNameCheck<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "scenarios_project_id_name_unique")) throw nameTaken(name ?? "");
    throw error;
  }
}

/** The parent must be a scenario of the same project in the organisation, and not too deep. */
async function loadParentChain(tx: Tx, actor: Actor, projectId: string, parentScenarioId: string): Promise<ScenarioChain> {
  const chain = await getScenarioChain(tx, { organisationId: actor.organisationId, scenarioId: parentScenarioId });
  if (!chain || chain.projectId !== projectId) {
    throw new AppError("SCENARIO_PARENT_INVALID", "The parent must be a scenario of the same project", {
      status: 422,
      fieldErrors: { parentScenarioId: ["is not a scenario of this project"] },
    });
  }
  if (chain.scenarios.length >= MAX_SCENARIO_DEPTH) {
    throw new AppError("SCENARIO_TOO_DEEP", `Scenarios nest at most ${MAX_SCENARIO_DEPTH} levels`, { status: 422 });
  }
  return chain;
}

/** Only one base case per project: clears the current one (other than `exceptId`), audited. */
async function clearBaseCase(tx: Tx, actor: Actor, projectId: string, exceptId?: string): Promise<void> {
  const cleared = await tx
    .update(scenarios)
    .set({ isBaseCase: false, version: sql`${scenarios.version} + 1` })
    .where(and(eq(scenarios.projectId, projectId), eq(scenarios.isBaseCase, true), exceptId ? ne(scenarios.id, exceptId) : undefined))
    .returning({ id: scenarios.id });
  await recordAudit(
    tx,
    cleared.map(({ id }) => ({ ...actor, action: "update" as const, entityType: "scenario", entityId: id, before: { isBaseCase: true }, after: { isBaseCase: false } })),
  );
}

/**
 * Creates a scenario in a project. A root takes the project's currency and discount rate unless given and must be
 * complete; a child stores only the settings given (its overrides).
 * @returns the new scenario's id
 * @throws AppError SCENARIO_SETTINGS_INCOMPLETE / SCENARIO_PARENT_INVALID (422), SCENARIO_NAME_TAKEN (409)
 */
export async function createScenario(
  db: Db,
  { actor, project, input }: { actor: Actor; project: ProjectDefaults; input: CreateScenarioInput },
): Promise<string> {
  const parentId = input.parentScenarioId ?? null;
  let settings = pickSettings(input);
  if (!parentId) {
    settings = { currency: project.currency, discountRatePct: project.defaultDiscountRatePct, ...dropNulls(settings) };
    assertRootSettingsComplete(settings);
  }
  return withNameCheck(input.name, () =>
    db.transaction(async (tx) => {
      if (parentId) await loadParentChain(tx, actor, project.id, parentId);
      if (input.isBaseCase) await clearBaseCase(tx, actor, project.id);
      const values: NewScenario = {
        ...settings,
        projectId: project.id,
        parentScenarioId: parentId,
        name: input.name,
        description: input.description ?? null,
        status: input.status,
        isBaseCase: input.isBaseCase,
        createdBy: actor.userId,
      };
      const [created] = await tx.insert(scenarios).values(values).returning();
      if (!created) throw new Error("scenario not created");
      await recordAudit(tx, { ...actor, action: "create", entityType: "scenario", entityId: created.id, after: created });
      return created.id;
    }),
  );
}

function dropNulls(settings: Partial<ScenarioSettings>): Partial<ScenarioSettings> {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== null)) as Partial<ScenarioSettings>;
}

/** A child of `parent` that stores nothing but its name, description and status draft. Returns its id. */
export async function branchScenario(
  db: Db,
  { actor, parent, name, description }: { actor: Actor; parent: Scenario; name: string; description?: string | null },
): Promise<string> {
  return withNameCheck(name, () =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(scenarios)
        .values({ projectId: parent.projectId, parentScenarioId: parent.id, name, description: description ?? null, status: "draft", createdBy: actor.userId })
        .returning();
      if (!created) throw new Error("scenario not created");
      await recordAudit(tx, { ...actor, action: "create", entityType: "scenario", entityId: created.id, after: { ...created, branchedFrom: parent.id } });
      return created.id;
    }),
  );
}

/**
 * Updates a scenario read at `input.version`. In a child a setting sent as null reverts to the parent's value; a
 * new parent must be in the same project and not in the scenario's subtree; null makes it a root that keeps its
 * effective inputs (its ancestors are folded in). isBaseCase true clears the project's previous base case.
 * @throws AppError STALE_UPDATE (409), SCENARIO_CYCLE / SCENARIO_PARENT_INVALID / SCENARIO_SETTINGS_INCOMPLETE /
 *   SCENARIO_STATUS_TRANSITION (422), SCENARIO_NAME_TAKEN (409)
 */
export async function updateScenario(
  db: Db,
  { actor, chain, input }: { actor: Actor; chain: ScenarioChain; input: UpdateScenarioInput },
): Promise<void> {
  const current = chain.scenario;
  if (input.version !== current.version) throw staleScenario();
  if (input.status) assertStatusTransition(current.status, input.status);
  await withNameCheck(input.name, () =>
    db.transaction(async (tx) => {
      const changes = await planParentChange(tx, actor, chain, input);
      const settings = { ...changes.settings, ...pickSettings(input) };
      const isRoot = changes.parentScenarioId === undefined ? current.parentScenarioId === null : changes.parentScenarioId === null;
      if (isRoot) assertRootSettingsComplete({ ...pickCurrentSettings(current), ...settings });
      if (input.isBaseCase) await clearBaseCase(tx, actor, current.projectId, current.id);
      const [updated] = await tx
        .update(scenarios)
        .set({
          ...settings,
          ...(changes.parentScenarioId !== undefined ? { parentScenarioId: changes.parentScenarioId } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.isBaseCase !== undefined ? { isBaseCase: input.isBaseCase } : {}),
          version: sql`${scenarios.version} + 1`,
        })
        .where(and(eq(scenarios.id, current.id), eq(scenarios.version, input.version)))
        .returning();
      if (!updated) throw staleScenario();
      await recordAudit(tx, { ...actor, action: "update", entityType: "scenario", entityId: current.id, before: current, after: { ...updated, foldedRows: changes.foldedRows } });
    }),
  );
}

function pickCurrentSettings(scenario: Scenario): Partial<ScenarioSettings> {
  return Object.fromEntries(SCENARIO_SETTING_KEYS.map((key) => [key, scenario[key]])) as Partial<ScenarioSettings>;
}

type ParentChange = { parentScenarioId?: string | null; settings: Partial<ScenarioSettings>; foldedRows: number };

/** Validates a parent change and, when the scenario becomes a root, folds its ancestors into it. */
async function planParentChange(tx: Tx, actor: Actor, chain: ScenarioChain, input: UpdateScenarioInput): Promise<ParentChange> {
  const current = chain.scenario;
  const requested = input.parentScenarioId;
  if (requested === undefined || requested === current.parentScenarioId) return { settings: {}, foldedRows: 0 };
  if (requested === null) {
    const ancestors = chain.scenarios.slice(0, -1).reverse();
    const foldedRows = await foldAncestorRows(tx, { scenarioId: current.id, ancestorIdsNearestFirst: ancestors.map((a) => a.id), isBecomingRoot: true });
    // Settings the request sets explicitly win over the folded ones (pickSettings is applied after).
    return { parentScenarioId: null, settings: foldSettings(current, ancestors), foldedRows };
  }
  const parentChain = await loadParentChain(tx, actor, current.projectId, requested);
  if (parentChain.scenarios.some((s) => s.id === current.id)) {
    throw new AppError("SCENARIO_CYCLE", "A scenario cannot become a child of itself or of one of its descendants", {
      status: 422,
      fieldErrors: { parentScenarioId: ["is this scenario or one of its descendants"] },
    });
  }
  return { parentScenarioId: requested, settings: {}, foldedRows: 0 };
}
