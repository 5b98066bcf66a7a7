import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { scenarios, type NewScenario, type Scenario } from "../schema";
import type { ScenarioSettings } from "./scenario-inheritance";

// Scenario writes, SQL only: lib/scenarios checks the rules, opens the transaction and writes the audit rows.
// The unique (project, name) constraint is scenarios_project_id_name_unique.

/** Inserts a scenario. */
export async function insertScenario(db: DbOrTx, { values }: { values: NewScenario }): Promise<Scenario> {
  const [created] = await db.insert(scenarios).values(values).returning();
  if (!created) throw new Error("scenario not created");
  return created;
}

/**
 * Only one base case per project: clears the current one (other than `exceptId`), version + 1.
 * @returns the ids of the scenarios cleared
 */
export async function clearBaseCase(db: DbOrTx, { projectId, exceptId }: { projectId: string; exceptId?: string }): Promise<string[]> {
  const cleared = await db
    .update(scenarios)
    .set({ isBaseCase: false, version: sql`${scenarios.version} + 1` })
    .where(and(eq(scenarios.projectId, projectId), eq(scenarios.isBaseCase, true), exceptId ? ne(scenarios.id, exceptId) : undefined))
    .returning({ id: scenarios.id });
  return cleared.map(({ id }) => id);
}

export type ScenarioChanges = Partial<Omit<NewScenario, "id" | "projectId" | "version" | "createdBy" | "createdAt" | "updatedAt">>;

/**
 * Applies `changes` when the scenario is still at `version` (version + 1).
 * @returns the updated row, or undefined when the version moved on
 */
export async function updateScenarioRow(
  db: DbOrTx,
  { scenarioId, version, changes }: { scenarioId: string; version: number; changes: ScenarioChanges },
): Promise<Scenario | undefined> {
  const [updated] = await db
    .update(scenarios)
    .set({ ...changes, version: sql`${scenarios.version} + 1` })
    .where(and(eq(scenarios.id, scenarioId), eq(scenarios.version, version)))
    .returning();
  return updated;
}

/**
 * Writes settings columns of a scenario (null = inherit / not set) without touching its version: the caller
 * bumps it once for the whole change (an import's commit).
 */
export async function setScenarioSettings(
  db: DbOrTx,
  { scenarioId, settings }: { scenarioId: string; settings: Partial<ScenarioSettings> },
): Promise<void> {
  await db.update(scenarios).set(settings).where(eq(scenarios.id, scenarioId));
}
