import { AppError, notFound } from "@/lib/errors";
import type { Db, DbOrTx } from "../../client";
import type { ScenarioRowEntity } from "@/lib/domain/inputs";
import { getScenarioChain } from "../scenario-inheritance";
import { bumpScenarioVersion } from "../scenario-version";
import { mapWriteErrors } from "./database-errors";
import { findEffective, loadRowState, toApiRow, type ApiRow, type RowState } from "./row-state";
import {
  addRowRemoval,
  deleteScenarioRow,
  dropRowRemoval,
  insertScenarioRow,
  pruneCorrelations,
  updateScenarioRow,
  type RowWriteContext,
} from "./row-writes";
import { fieldsOf, ROW_ENTITY_INFO, type RowFields } from "./tables";

// Single-row writes of a scenario's inputs, by LINEAGE id (stable across the scenario tree). Each runs in one
// transaction that first bumps the scenario version (checking the caller's when given), so concurrent writers
// queue behind the scenario row's lock and a stale client gets 409 STALE_UPDATE before anything is written.

export type RowTarget = {
  organisationId: string;
  userId: string;
  scenarioId: string;
  entity: ScenarioRowEntity;
};
export type RowWriteResult = { row: ApiRow; scenarioVersion: number };

type Step<T> = (tx: DbOrTx, state: RowState, ctx: RowWriteContext) => Promise<T>;

/** Opens the transaction, bumps the version, reads the scenario's rows of the kind and runs `step`. */
async function inRowTransaction<T>(
  db: Db,
  target: RowTarget,
  expectedVersion: number | undefined,
  step: Step<T>,
) {
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const scenarioVersion = await bumpScenarioVersion(tx, target.scenarioId, { expectedVersion });
      const chain = await getScenarioChain(tx, {
        organisationId: target.organisationId,
        scenarioId: target.scenarioId,
      });
      if (!chain) throw notFound("Scenario");
      const state = await loadRowState(tx, { chain, entity: target.entity });
      const result = await step(tx, state, target);
      if (target.entity === "parameter") {
        const after = await loadRowState(tx, { chain, entity: "parameter" });
        await pruneCorrelations(tx, target, {
          parameterLineageIds: after.effective.map((entry) => entry.row.lineageId),
        });
      }
      return { result, scenarioVersion };
    }),
  );
}

/** 409 when another effective row already has the value that must be unique (a period, a parameter name). */
function assertUniqueInScenario(
  state: RowState,
  entity: ScenarioRowEntity,
  fields: RowFields,
  lineageId?: string,
): void {
  const field = ROW_ENTITY_INFO[entity].uniqueField;
  if (!field) return;
  const clash = state.effective.find(
    (entry) =>
      entry.row.lineageId !== lineageId && (entry.row as unknown as RowFields)[field] === fields[field],
  );
  if (clash) {
    const code = field === "period" ? "DUPLICATE_PERIOD" : "DUPLICATE_NAME";
    throw new AppError(code, `The scenario already has a row with this ${field}`, {
      status: 409,
      fieldErrors: { [field]: [`Already used by another row of this scenario`] },
    });
  }
}

/** Adds a row with a new lineage to the scenario. */
export async function createRow(
  db: Db,
  { fields, expectedVersion, ...target }: RowTarget & { fields: RowFields; expectedVersion?: number },
): Promise<RowWriteResult> {
  const { result, scenarioVersion } = await inRowTransaction(
    db,
    target,
    expectedVersion,
    async (tx, state, ctx) => {
      assertUniqueInScenario(state, target.entity, fields);
      return insertScenarioRow(tx, ctx, { fields });
    },
  );
  return { row: { ...result, origin: "own" }, scenarioVersion };
}

/**
 * Applies a patch to the scenario's effective row of a lineage: updates the scenario's own row or override, or
 * creates the override of an inherited row (a copy of the parent's row with the patch applied, same lineage).
 * `validate` checks the merged row (cross-field rules) and returns the values to store.
 */
export async function updateRow(
  db: Db,
  {
    lineageId,
    patch,
    validate,
    expectedVersion,
    ...target
  }: RowTarget & {
    lineageId: string;
    patch: RowFields;
    validate: (merged: RowFields) => RowFields;
    expectedVersion: number;
  },
): Promise<RowWriteResult> {
  const { result, scenarioVersion } = await inRowTransaction(
    db,
    target,
    expectedVersion,
    async (tx, state, ctx) => {
      const current = findEffective(state, lineageId);
      if (!current) throw notFound("Row");
      const fields = validate({ ...fieldsOf(current.row), ...patch });
      assertUniqueInScenario(state, target.entity, fields, lineageId);
      const own = state.own.get(lineageId);
      const row = own
        ? await updateScenarioRow(tx, ctx, { row: own, fields })
        : await insertScenarioRow(tx, ctx, { fields, lineageId });
      return toApiRow({
        row,
        sourceScenarioId: target.scenarioId,
        origin: state.inherited.has(lineageId) ? "overridden" : "own",
      });
    },
  );
  return { row: result, scenarioVersion };
}

/**
 * Deletes the scenario's row of a lineage. Without `revert`: a root's (or a child's own) row is deleted, an
 * inherited or overridden row is removed from the child (its override, if any, goes too). With `revert`: the
 * child's override is deleted and a removal taken back, so the parent's row shows again.
 * @throws AppError NOT_REVERTIBLE (422) when revert finds nothing to revert
 */
export async function deleteRow(
  db: Db,
  {
    lineageId,
    revert,
    expectedVersion,
    ...target
  }: RowTarget & { lineageId: string; revert: boolean; expectedVersion: number },
): Promise<{ scenarioVersion: number }> {
  const { scenarioVersion } = await inRowTransaction(db, target, expectedVersion, (tx, state, ctx) =>
    revert ? revertLineage(tx, state, ctx, lineageId) : removeLineage(tx, state, ctx, lineageId),
  );
  return { scenarioVersion };
}

async function removeLineage(
  tx: DbOrTx,
  state: RowState,
  ctx: RowWriteContext,
  lineageId: string,
): Promise<void> {
  if (!findEffective(state, lineageId)) throw notFound("Row");
  const own = state.own.get(lineageId);
  if (own) await deleteScenarioRow(tx, ctx, { row: own });
  if (state.inherited.has(lineageId)) await addRowRemoval(tx, ctx, { lineageId });
}

async function revertLineage(
  tx: DbOrTx,
  state: RowState,
  ctx: RowWriteContext,
  lineageId: string,
): Promise<void> {
  const own = state.own.get(lineageId);
  const removal = state.removals.get(lineageId);
  const isOverride = own !== undefined && state.inherited.has(lineageId);
  if (!isOverride && !removal) {
    if (!findEffective(state, lineageId)) throw notFound("Row");
    throw new AppError("NOT_REVERTIBLE", "The row is neither an override nor a removal of an inherited row", {
      status: 422,
    });
  }
  if (own && isOverride) await deleteScenarioRow(tx, ctx, { row: own });
  if (removal) await dropRowRemoval(tx, ctx, { removal });
}
