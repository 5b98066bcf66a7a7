import { AppError, notFound, type FieldErrors } from "@/lib/errors";
import type { Db } from "../../client";
import type { ScenarioRowRemoval } from "../../schema";
import type { ScenarioRowEntity } from "@/lib/domain/inputs";
import { getScenarioChain } from "../scenario-inheritance";
import { bumpScenarioVersion } from "../scenario-version";
import { mapWriteErrors } from "./database-errors";
import { loadRowState, toApiRow, type ApiRow, type RowState } from "./row-state";
import {
  addRowRemoval,
  deleteScenarioRow,
  dropRowRemoval,
  insertScenarioRow,
  pruneCorrelations,
  updateScenarioRow,
} from "./row-writes";
import { hasSameFields, ROW_ENTITY_INFO, type AnyScenarioRow, type RowFields } from "./tables";

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

export type ReplacementSummary = {
  created: number;
  updated: number;
  deleted: number;
  removed: number;
  restored: number;
};

/** 400 when two desired rows share a lineage or a unique value, or name a lineage the scenario never had. */
function checkDesiredRows(state: RowState, entity: ScenarioRowEntity, desired: readonly DesiredRow[]): void {
  const fieldErrors: FieldErrors = {};
  const uniqueField = ROW_ENTITY_INFO[entity].uniqueField;
  const lineages = new Set<string>();
  const uniqueValues = new Set<unknown>();
  desired.forEach((row, index) => {
    if (row.lineageId !== undefined) {
      const isKnown = state.inherited.has(row.lineageId) || state.own.has(row.lineageId);
      if (!isKnown) fieldErrors[`rows.${index}.lineageId`] = ["No such row in this scenario or its parent"];
      else if (lineages.has(row.lineageId))
        fieldErrors[`rows.${index}.lineageId`] = ["This row appears twice"];
      lineages.add(row.lineageId);
    }
    if (uniqueField) {
      const value = row.fields[uniqueField];
      if (uniqueValues.has(value))
        fieldErrors[`rows.${index}.${uniqueField}`] = [`Another row has the same ${uniqueField}`];
      uniqueValues.add(value);
    }
  });
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError("VALIDATION_FAILED", "The rows are not valid", { fieldErrors });
}

/**
 * Plans the writes (pure): in a child, a desired row equal to the inherited one needs no row of its own (an
 * existing override is deleted), a different one needs an override; inherited rows left out are removed;
 * own rows are inserted, updated only when they differ, or deleted.
 */
export function planReplacement(
  state: RowState,
  entity: ScenarioRowEntity,
  desired: readonly DesiredRow[],
): ReplacementPlan {
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

type ReplaceInput = {
  organisationId: string;
  userId: string;
  scenarioId: string;
  entity: ScenarioRowEntity;
  expectedVersion: number;
  rows: readonly DesiredRow[];
};

/**
 * Makes the scenario's effective rows of one kind equal `rows`, in one transaction, writing only differences.
 * Deletes run first, and rows of tables with a unique column are updated by delete + re-insert (same id and
 * lineage) so that values swapped between rows never collide mid-way.
 */
export async function replaceRows(
  db: Db,
  { expectedVersion, rows, ...ctx }: ReplaceInput,
): Promise<{ rows: ApiRow[]; scenarioVersion: number; summary: ReplacementSummary }> {
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const scenarioVersion = await bumpScenarioVersion(tx, ctx.scenarioId, { expectedVersion });
      const chain = await getScenarioChain(tx, {
        organisationId: ctx.organisationId,
        scenarioId: ctx.scenarioId,
      });
      if (!chain) throw notFound("Scenario");
      const plan = planReplacement(await loadRowState(tx, { chain, entity: ctx.entity }), ctx.entity, rows);
      const isReinserted = ROW_ENTITY_INFO[ctx.entity].hasUniqueColumn;
      for (const row of plan.deletes) await deleteScenarioRow(tx, ctx, { row });
      for (const { row } of isReinserted ? plan.updates : [])
        await deleteScenarioRow(tx, ctx, { row, silent: true });
      for (const removal of plan.dropRemovals) await dropRowRemoval(tx, ctx, { removal });
      for (const lineageId of plan.addRemovals) await addRowRemoval(tx, ctx, { lineageId });
      for (const { row, fields } of plan.updates) {
        if (!isReinserted) await updateScenarioRow(tx, ctx, { row, fields });
        else await insertScenarioRow(tx, ctx, { fields, replaces: row });
      }
      for (const insert of plan.inserts) await insertScenarioRow(tx, ctx, insert);
      const after = await loadRowState(tx, { chain, entity: ctx.entity });
      if (ctx.entity === "parameter") {
        await pruneCorrelations(tx, ctx, {
          parameterLineageIds: after.effective.map((entry) => entry.row.lineageId),
        });
      }
      const summary: ReplacementSummary = {
        created: plan.inserts.length,
        updated: plan.updates.length,
        deleted: plan.deletes.length,
        removed: plan.addRemovals.length,
        restored: plan.dropRemovals.length,
      };
      return { rows: after.effective.map(toApiRow), scenarioVersion, summary };
    }),
  );
}
