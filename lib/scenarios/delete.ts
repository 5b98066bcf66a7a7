import { getDb } from "@/db";
import { deleteScenarioRows, listSubtreeLevels, moveScenario } from "@/db/queries/scenario-delete";
import { foldSettings } from "@/db/queries/scenario-fold";
import { getChildScenarios, getScenario } from "@/db/queries/scenarios";
import type { Scenario } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { write, type Write } from "@/lib/writes";
import { foldRowsInto, scenarioHasChildren, type ScenarioActor } from "./write-rules";

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

/** @throws AppError NOT_FOUND, SCENARIO_HAS_CHILDREN (409) without `children`, SCENARIO_ROWS_CONFLICT (409) */
export async function deleteScenario(
  actor: ScenarioActor & { scenarioId: string },
  children?: ChildrenMode,
): Promise<DeleteScenarioResult> {
  const scenario = await getScenario(await getDb(), { organisationId: actor.organisationId, scenarioId: actor.scenarioId });
  if (!scenario) throw notFound("Scenario");
  return write(actor, async (w) => {
    const childRows = await getChildScenarios(w.tx, scenario.id);
    if (childRows.length > 0 && !children) throw scenarioHasChildren(childRows.length);
    if (children === "delete" && childRows.length > 0) {
      return { deletedIds: await deleteSubtree(w, scenario), reparentedIds: [] };
    }
    const reparentedIds: string[] = [];
    for (const child of childRows) reparentedIds.push(await reparentChild(w, child, scenario));
    await deleteScenarioRows(w.tx, { scenarioIds: [scenario.id] });
    await w.audit({ action: "delete", entityType: "scenario", entityId: scenario.id, before: scenario });
    return { deletedIds: [scenario.id], reparentedIds };
  });
}

/** The scenario and every descendant, deepest level first. */
async function deleteSubtree(w: Write, root: Scenario): Promise<string[]> {
  const levels = await listSubtreeLevels(w.tx, { root });
  const deleted: Scenario[] = [];
  for (const level of levels.reverse()) {
    await deleteScenarioRows(w.tx, { scenarioIds: level.map((s) => s.id) });
    deleted.push(...level);
  }
  await w.audit(
    deleted.map((s) => ({ action: "delete" as const, entityType: "scenario" as const, entityId: s.id, before: { ...s, deletedWithSubtreeOf: root.id } })),
  );
  return deleted.map((s) => s.id);
}

async function reparentChild(w: Write, child: Scenario, parent: Scenario): Promise<string> {
  const isBecomingRoot = parent.parentScenarioId === null;
  const foldedRows = await foldRowsInto(w.tx, { scenarioId: child.id, ancestorIdsNearestFirst: [parent.id], isBecomingRoot });
  const updated = await moveScenario(w.tx, { scenarioId: child.id, parentScenarioId: parent.parentScenarioId, settings: foldSettings(child, [parent]) });
  await w.audit({ action: "update", entityType: "scenario", entityId: child.id, before: child, after: { ...updated, reparentedFrom: parent.id, foldedRows } });
  return child.id;
}
