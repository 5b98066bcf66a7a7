import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { scenarios, type Scenario } from "../schema";
import { MAX_SCENARIO_DEPTH } from "./scenario-inheritance";
import type { ScenarioChanges } from "./scenario-writes";

// Deleting scenarios, SQL only. lib/scenarios decides what happens to the children (refuse, delete the subtree,
// re-parent them) and audits each scenario.

/** Deletes the given scenarios. Children first: the parent FK is ON DELETE RESTRICT. */
export async function deleteScenarioRows(db: DbOrTx, { scenarioIds }: { scenarioIds: readonly string[] }): Promise<void> {
  if (scenarioIds.length === 0) return;
  await db.delete(scenarios).where(inArray(scenarios.id, [...scenarioIds]));
}

/** The scenario and every descendant, level by level from the scenario down (bounded by MAX_SCENARIO_DEPTH). */
export async function listSubtreeLevels(db: DbOrTx, { root }: { root: Scenario }): Promise<Scenario[][]> {
  const levels: Scenario[][] = [[root]];
  for (let depth = 0; depth < MAX_SCENARIO_DEPTH; depth += 1) {
    const parentIds = (levels[depth] ?? []).map((s) => s.id);
    if (parentIds.length === 0) break;
    const next = await db.select().from(scenarios).where(inArray(scenarios.parentScenarioId, parentIds));
    if (next.length === 0) break;
    levels.push(next);
  }
  return levels;
}

/** Moves a child under `parentScenarioId` with the settings it took over (version + 1). */
export async function moveScenario(
  db: DbOrTx,
  { scenarioId, parentScenarioId, settings }: { scenarioId: string; parentScenarioId: string | null; settings: ScenarioChanges },
): Promise<Scenario | undefined> {
  const [updated] = await db
    .update(scenarios)
    .set({ ...settings, parentScenarioId, version: sql`${scenarios.version} + 1` })
    .where(eq(scenarios.id, scenarioId))
    .returning();
  return updated;
}
