import { eq, inArray, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Db, Tx } from "../client";
import { scenarios, type Scenario } from "../schema";
import { recordAudit } from "./audit";
import { foldAncestorRows, foldSettings } from "./scenario-fold";
import { MAX_SCENARIO_DEPTH, type ScenarioChain } from "./scenario-inheritance";
import { getChildScenarios } from "./scenarios";
import type { Actor } from "./scenario-writes";

// Deleting a scenario. Children keep the parent from disappearing (ON DELETE RESTRICT); the caller chooses:
// - none:     409 SCENARIO_HAS_CHILDREN with the number of children;
// - delete:   the whole subtree goes, deepest level first (the FK forbids deleting a parent before its child),
//             in one transaction, one audit entry per scenario;
// - reparent: each child moves to the deleted scenario's parent and first takes over, as its own, what it
//             inherited from the deleted scenario (its settings where the child had none, its rows and removals
//             the child did not override), so every child keeps exactly its effective inputs. When the deleted
//             scenario was a root the children become roots, complete by construction.

export type ChildrenMode = "delete" | "reparent";

export type DeleteScenarioResult = { deletedIds: string[]; reparentedIds: string[] };

export async function deleteScenario(
  db: Db,
  { actor, chain, children }: { actor: Actor; chain: ScenarioChain; children?: ChildrenMode },
): Promise<DeleteScenarioResult> {
  const scenario = chain.scenario;
  return db.transaction(async (tx) => {
    const childRows = await getChildScenarios(tx, scenario.id);
    if (childRows.length > 0 && !children) {
      throw new AppError(
        "SCENARIO_HAS_CHILDREN",
        `The scenario has ${childRows.length} child scenario(s): delete them with ?children=delete or keep them with ?children=reparent`,
        { status: 409, fieldErrors: { children: [String(childRows.length)] } },
      );
    }
    if (children === "delete" && childRows.length > 0) {
      return { deletedIds: await deleteSubtree(tx, actor, scenario), reparentedIds: [] };
    }
    const reparentedIds: string[] = [];
    for (const child of childRows) reparentedIds.push(await reparentChild(tx, actor, child, scenario));
    await deleteOne(tx, actor, scenario);
    return { deletedIds: [scenario.id], reparentedIds };
  });
}

async function deleteOne(tx: Tx, actor: Actor, scenario: Scenario): Promise<void> {
  await tx.delete(scenarios).where(eq(scenarios.id, scenario.id));
  await recordAudit(tx, { ...actor, action: "delete", entityType: "scenario", entityId: scenario.id, before: scenario });
}

/** The scenario and every descendant, by depth; deleted deepest level first. */
async function deleteSubtree(tx: Tx, actor: Actor, root: Scenario): Promise<string[]> {
  const levels: Scenario[][] = [[root]];
  for (let depth = 0; depth < MAX_SCENARIO_DEPTH; depth += 1) {
    const parentIds = (levels[depth] ?? []).map((s) => s.id);
    if (parentIds.length === 0) break;
    const next = await tx.select().from(scenarios).where(inArray(scenarios.parentScenarioId, parentIds));
    if (next.length === 0) break;
    levels.push(next);
  }
  const deleted: Scenario[] = [];
  for (const level of levels.reverse()) {
    await tx.delete(scenarios).where(inArray(scenarios.id, level.map((s) => s.id)));
    deleted.push(...level);
  }
  await recordAudit(
    tx,
    deleted.map((s) => ({ ...actor, action: "delete" as const, entityType: "scenario", entityId: s.id, before: { ...s, deletedWithSubtreeOf: root.id } })),
  );
  return deleted.map((s) => s.id);
}

async function reparentChild(tx: Tx, actor: Actor, child: Scenario, parent: Scenario): Promise<string> {
  const isBecomingRoot = parent.parentScenarioId === null;
  const foldedRows = await foldAncestorRows(tx, { scenarioId: child.id, ancestorIdsNearestFirst: [parent.id], isBecomingRoot });
  const [updated] = await tx
    .update(scenarios)
    .set({ ...foldSettings(child, [parent]), parentScenarioId: parent.parentScenarioId, version: sql`${scenarios.version} + 1` })
    .where(eq(scenarios.id, child.id))
    .returning();
  await recordAudit(tx, { ...actor, action: "update", entityType: "scenario", entityId: child.id, before: child, after: { ...updated, reparentedFrom: parent.id, foldedRows } });
  return child.id;
}
