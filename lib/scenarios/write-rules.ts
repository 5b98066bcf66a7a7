import type { Tx } from "@/db";
import { isUniqueViolation } from "@/db/queries/pg-errors";
import { foldAncestorRows } from "@/db/queries/scenario-fold";
import { getScenarioChain, MAX_SCENARIO_DEPTH, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { toWriteError } from "@/db/queries/rows/database-errors";
import { clearBaseCase } from "@/db/queries/scenario-writes";
import type { Scenario } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Write } from "@/lib/writes";

// The rules a scenario write checks against the database (parent, depth, unique names, folded rows), with the
// error each one answers, and the steps create, branch, update and delete share.

/** Who changes a scenario, and in which project (the write scope: the project's dashboards are refreshed). */
export type ScenarioActor = { organisationId: string; userId: string; projectId: string };

/** The chain of `scenario` under `ancestors` (root first), as a read after the write would return it. */
export function chainOf(organisationId: string, ancestors: readonly Scenario[], scenario: Scenario): ScenarioChain {
  return { organisationId, projectId: scenario.projectId, scenarios: [...ancestors, scenario], scenario };
}

/** Only one base case per project: clears the current one (other than `exceptId`), one audit row each. */
export async function clearBaseCaseAudited(w: Write, { projectId, exceptId }: { projectId: string; exceptId?: string }): Promise<void> {
  const cleared = await clearBaseCase(w.tx, { projectId, exceptId });
  await w.audit(
    cleared.map((id) => ({ action: "update" as const, entityType: "scenario" as const, entityId: id, before: { isBaseCase: true }, after: { isBaseCase: false } })),
  );
}

function nameTaken(name: string): AppError {
  return new AppError("SCENARIO_NAME_TAKEN", `The project already has a scenario named "${name}"`, {
    status: 409,
    fieldErrors: { name: ["is already used in this project"] },
  });
}

/**
 * Runs a write; a clash on the project's scenario names becomes 409 SCENARIO_NAME_TAKEN, any other constraint the
 * database still refuses (a value zod let through) a 409/422, never a 500 (db/queries/rows/database-errors.ts).
 */
export async function withNameCheck<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "scenarios_project_id_name_unique")) throw nameTaken(name ?? "");
    throw toWriteError(error);
  }
}

/** @throws AppError SCENARIO_TOO_DEEP (422) when a child of the chain's scenario would nest too deep */
export function assertCanHaveChild(chain: ScenarioChain): void {
  if (chain.scenarios.length >= MAX_SCENARIO_DEPTH) {
    throw new AppError("SCENARIO_TOO_DEEP", `Scenarios nest at most ${MAX_SCENARIO_DEPTH} levels`, { status: 422 });
  }
}

/**
 * The parent must be a scenario of the same project in the organisation, and not too deep.
 * @throws AppError SCENARIO_PARENT_INVALID / SCENARIO_TOO_DEEP (422)
 */
export async function loadParentChain(
  tx: Tx,
  { organisationId, projectId, parentScenarioId }: { organisationId: string; projectId: string; parentScenarioId: string },
): Promise<ScenarioChain> {
  const chain = await getScenarioChain(tx, { organisationId, scenarioId: parentScenarioId });
  if (!chain || chain.projectId !== projectId) {
    throw new AppError("SCENARIO_PARENT_INVALID", "The parent must be a scenario of the same project", {
      status: 422,
      fieldErrors: { parentScenarioId: ["is not a scenario of this project"] },
    });
  }
  assertCanHaveChild(chain);
  return chain;
}

/** @throws AppError SCENARIO_CYCLE (422) when the new parent's chain holds the scenario itself */
export function assertNoCycle(parentChain: ScenarioChain, scenarioId: string): void {
  if (parentChain.scenarios.some((s) => s.id === scenarioId)) {
    throw new AppError("SCENARIO_CYCLE", "A scenario cannot become a child of itself or of one of its descendants", {
      status: 422,
      fieldErrors: { parentScenarioId: ["is this scenario or one of its descendants"] },
    });
  }
}

/**
 * foldAncestorRows (db/queries/scenario-fold.ts), with a collision of copied and own rows reported.
 * @throws AppError SCENARIO_ROWS_CONFLICT (409)
 */
export async function foldRowsInto(tx: Tx, params: Parameters<typeof foldAncestorRows>[1]): Promise<number> {
  try {
    return await foldAncestorRows(tx, params);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("SCENARIO_ROWS_CONFLICT", "The scenario's own rows collide with the rows it would take over from its parent", { status: 409 });
  }
}

/** SCENARIO_HAS_CHILDREN (409): a scenario with children is deleted only when the caller says what happens to them. */
export function scenarioHasChildren(childCount: number): AppError {
  return new AppError(
    "SCENARIO_HAS_CHILDREN",
    `The scenario has ${childCount} child scenario(s): delete them with ?children=delete or keep them with ?children=reparent`,
    { status: 409, fieldErrors: { children: [String(childCount)] } },
  );
}
