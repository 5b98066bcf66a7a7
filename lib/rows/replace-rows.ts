import type { RowState } from "@/db/queries/rows/row-state";
import type { AnyScenarioRow, RowFields } from "@/db/queries/rows/tables";
import type { ScenarioRowRemoval } from "@/db/schema";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { AppError, type FieldErrors } from "@/lib/errors";
import { addRemovalAudited, deleteAudited, dropRemovalAudited, insertAudited, updateAudited } from "./audited-writes";
import { hasSameFields, toApiRow, type ApiRow } from "./effective-rows";
import { ROW_KINDS, uniqueKeyOf } from "./kinds";
import { assertProductDecksOfOrganisation } from "./product-decks";
import { assertProductNamesAllowed } from "./product-names";
import { inRowWrite, type RowActor } from "./row-writes";
import { assertTargetRefsExist } from "./target-ref-check";

// The editor's Save: a scenario's rows of one kind replaced by the desired table, writing only the differences.

/** One row of the desired table: its lineage id when it already exists, and its complete, validated values. */
export type DesiredRow = { lineageId?: string; fields: RowFields };

/** The smallest set of writes that makes a scenario's effective rows equal the desired list. */
export type ReplacementPlan = {
  inserts: { lineageId?: string; fields: RowFields }[];
  updates: { row: AnyScenarioRow; fields: RowFields }[];
  deletes: AnyScenarioRow[];
  addRemovals: string[];
  dropRemovals: ScenarioRowRemoval[];
};

export type ReplacementSummary = { created: number; updated: number; deleted: number; removed: number; restored: number };

/** 400 when two desired rows share a lineage or a unique value, or name a lineage the scenario never had. */
function checkDesiredRows(state: RowState, entity: ScenarioRowEntity, desired: readonly DesiredRow[]): void {
  const fieldErrors: FieldErrors = {};
  const uniqueField = ROW_KINDS[entity].uniqueField;
  const lineages = new Set<string>();
  const uniqueValues = new Set<unknown>();
  desired.forEach((row, index) => {
    if (row.lineageId !== undefined) {
      const isKnown = state.inherited.has(row.lineageId) || state.own.has(row.lineageId);
      if (!isKnown) fieldErrors[`rows.${index}.lineageId`] = ["No such row in this scenario or its parent"];
      else if (lineages.has(row.lineageId)) fieldErrors[`rows.${index}.lineageId`] = ["This row appears twice"];
      lineages.add(row.lineageId);
    }
    if (uniqueField) {
      const value = uniqueKeyOf(entity, row.fields[uniqueField]);
      if (uniqueValues.has(value)) fieldErrors[`rows.${index}.${uniqueField}`] = [`Another row has the same ${uniqueField}`];
      uniqueValues.add(value);
    }
  });
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION_FAILED", "The rows are not valid", { fieldErrors });
}

/**
 * Plans the writes (pure): in a child, a desired row equal to the inherited one needs no row of its own (an
 * existing override is deleted), a different one needs an override; inherited rows left out are removed;
 * own rows are inserted, updated only when they differ, or deleted.
 */
export function planReplacement(state: RowState, entity: ScenarioRowEntity, desired: readonly DesiredRow[]): ReplacementPlan {
  checkDesiredRows(state, entity, desired);
  const plan: ReplacementPlan = { inserts: [], updates: [], deletes: [], addRemovals: [], dropRemovals: [] };
  const kept = new Set<string>();
  for (const { lineageId, fields } of desired) {
    if (lineageId === undefined) {
      plan.inserts.push({ fields });
      continue;
    }
    kept.add(lineageId);
    const own = state.own.get(lineageId);
    const inherited = state.inherited.get(lineageId);
    const removal = state.removals.get(lineageId);
    if (removal) plan.dropRemovals.push(removal);
    if (inherited && hasSameFields(fields, inherited)) {
      if (own) plan.deletes.push(own);
    } else if (own) {
      if (!hasSameFields(fields, own)) plan.updates.push({ row: own, fields });
    } else {
      plan.inserts.push({ lineageId, fields });
    }
  }
  for (const { row } of state.effective) {
    if (kept.has(row.lineageId)) continue;
    const own = state.own.get(row.lineageId);
    if (own) plan.deletes.push(own);
    if (state.inherited.has(row.lineageId)) plan.addRemovals.push(row.lineageId);
  }
  return plan;
}

/**
 * Makes the scenario's effective rows of one kind equal `rows`, in one write, writing only differences. Deletes
 * run first, and rows of kinds with a unique field are updated by delete + re-insert (same id and lineage) so
 * that values swapped between rows never collide mid-way.
 * Parameters' references are checked against the scenario's items (`rows.<index>.targetRef`).
 * @throws AppError NOT_FOUND, VALIDATION_FAILED (400), STALE_UPDATE / EQUIPMENT_HAS_MAINTENANCE / CONSUMPTION_HAS_ACTUALS (409), TARGET_REF_NOT_FOUND /
 * PRODUCT_NAME_IS_COMMODITY / PRICE_DECK_INVALID (422)
 */
export async function replaceRows(
  actor: RowActor,
  { entity, expectedVersion, rows }: { entity: ScenarioRowEntity; expectedVersion: number; rows: readonly DesiredRow[] },
): Promise<{ rows: ApiRow[]; scenarioVersion: number; summary: ReplacementSummary }> {
  const isReinserted = ROW_KINDS[entity].uniqueField !== undefined;
  const { result, scenarioVersion } = await inRowWrite(actor, { entity, expectedVersion }, async (rw, state, reload, chain) => {
    const plan = planReplacement(state, entity, rows);
    if (entity === "parameter") {
      await assertTargetRefsExist(rw.w.tx, chain, rows.map(({ fields }, index) => ({ fields, errorKey: `rows.${index}.targetRef` })));
    }
    if (entity === "product") {
      await assertProductNamesAllowed(rw.w.tx, chain, rows.map(({ fields }, index) => ({ fields, errorKey: `rows.${index}.name` })));
      await assertProductDecksOfOrganisation(rw.w.tx, chain, rows.map(({ fields }, index) => ({ fields, errorKey: `rows.${index}.priceDeckId` })));
    }
    for (const row of plan.deletes) await deleteAudited(rw, { row });
    for (const { row } of isReinserted ? plan.updates : []) await deleteAudited(rw, { row, silent: true });
    for (const removal of plan.dropRemovals) await dropRemovalAudited(rw, { removal });
    for (const lineageId of plan.addRemovals) await addRemovalAudited(rw, { lineageId });
    for (const { row, fields } of plan.updates) {
      if (isReinserted) await insertAudited(rw, { fields, replaces: row });
      else await updateAudited(rw, { row, fields });
    }
    for (const insert of plan.inserts) await insertAudited(rw, insert);
    return { plan, after: await reload() };
  });
  const { plan, after } = result;
  const summary: ReplacementSummary = {
    created: plan.inserts.length,
    updated: plan.updates.length,
    deleted: plan.deletes.length,
    removed: plan.addRemovals.length,
    restored: plan.dropRemovals.length,
  };
  return { rows: after.effective.map(toApiRow), scenarioVersion, summary };
}
