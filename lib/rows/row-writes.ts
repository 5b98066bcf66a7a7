import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import { loadRowState, type RowState } from "@/db/queries/rows/row-state";
import { fieldsOf, type RowFields } from "@/db/queries/rows/tables";
import { getScenarioChain, type ScenarioChain } from "@/db/queries/scenario-inheritance";
import { bumpScenarioVersion } from "@/db/queries/scenario-version";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { AppError, notFound } from "@/lib/errors";
import { parseWith } from "@/lib/http/parse";
import { write } from "@/lib/writes";
import {
  addRemovalAudited,
  deleteAudited,
  dropRemovalAudited,
  insertAudited,
  pruneCorrelationsAudited,
  updateAudited,
  type RowWriter,
} from "./audited-writes";
import { findEffective, toApiRow, type ApiRow } from "./effective-rows";
import { ROW_KINDS, uniqueKeyOf } from "./kinds";
import { assertProductDecksOfOrganisation } from "./product-decks";
import { assertProductNamesAllowed } from "./product-names";
import { assertTargetRefsExist } from "./target-ref-check";

// Single-row writes of a scenario's inputs, by LINEAGE id (stable across the scenario tree). Each is one write
// (lib/writes) that first bumps the scenario version (checking the caller's when given), so concurrent writers
// queue behind the scenario row's lock and a stale client gets 409 STALE_UPDATE before anything is written.

/** Who writes the rows of which scenario; the organisation and project come from the access guard. */
export type RowActor = { organisationId: string; userId: string; projectId: string; scenarioId: string };
export type RowWriteResult = { row: ApiRow; scenarioVersion: number };

/**
 * One write of one kind of rows: version bumped, the scenario's rows of the kind read, `step` run (`reload` reads
 * them again in the transaction; `chain` reads other kinds), then the correlations of parameters the scenario no
 * longer has pruned.
 */
export async function inRowWrite<T>(
  actor: RowActor,
  { entity, expectedVersion }: { entity: ScenarioRowEntity; expectedVersion: number | undefined },
  step: (rw: RowWriter, state: RowState, reload: () => Promise<RowState>, chain: ScenarioChain) => Promise<T>,
): Promise<{ result: T; scenarioVersion: number }> {
  const { organisationId, userId, projectId, scenarioId } = actor;
  return mapWriteErrors(() =>
    write({ organisationId, userId, projectId }, async (w) => {
      const scenarioVersion = await bumpScenarioVersion(w.tx, scenarioId, { expectedVersion });
      const chain = await getScenarioChain(w.tx, { organisationId, scenarioId });
      if (!chain) throw notFound("Scenario");
      const reload = () => loadRowState(w.tx, { chain, entity });
      const result = await step({ w, scenarioId, entity }, await reload(), reload, chain);
      if (entity === "parameter") {
        const after = await loadRowState(w.tx, { chain, entity: "parameter" });
        await pruneCorrelationsAudited(w, { scenarioId, parameterLineageIds: after.effective.map((entry) => entry.row.lineageId) });
      }
      return { result, scenarioVersion };
    }),
  );
}

/** 409 when another effective row already has the value that must be unique (a period, a parameter name). */
function assertUniqueInScenario(state: RowState, entity: ScenarioRowEntity, fields: RowFields, lineageId?: string): void {
  const field = ROW_KINDS[entity].uniqueField;
  if (!field) return;
  const key = uniqueKeyOf(entity, fields[field]);
  const clash = state.effective.find(
    (entry) => entry.row.lineageId !== lineageId && uniqueKeyOf(entity, (entry.row as unknown as RowFields)[field]) === key,
  );
  if (clash) {
    const code = field === "period" ? "DUPLICATE_PERIOD" : "DUPLICATE_NAME";
    throw new AppError(code, `The scenario already has a row with this ${field}`, {
      status: 409,
      fieldErrors: { [field]: [`Already used by another row of this scenario`] },
    });
  }
}

/**
 * Adds a row with a new lineage to the scenario.
 * @throws AppError NOT_FOUND, DUPLICATE_PERIOD / DUPLICATE_NAME (409), TARGET_REF_NOT_FOUND / PRICE_DECK_INVALID (422)
 */
export async function createRow(actor: RowActor, { entity, fields }: { entity: ScenarioRowEntity; fields: RowFields }): Promise<RowWriteResult> {
  const { result, scenarioVersion } = await inRowWrite(actor, { entity, expectedVersion: undefined }, async (rw, state, _reload, chain) => {
    assertUniqueInScenario(state, entity, fields);
    if (entity === "parameter") await assertTargetRefsExist(rw.w.tx, chain, [{ fields, errorKey: "targetRef" }]);
    if (entity === "product") {
      await assertProductNamesAllowed(rw.w.tx, chain, [{ fields, errorKey: "name" }]);
      await assertProductDecksOfOrganisation(rw.w.tx, chain, [{ fields, errorKey: "priceDeckId" }]);
    }
    return insertAudited(rw, { fields });
  });
  return { row: { ...result, origin: "own" }, scenarioVersion };
}

/**
 * Applies a patch to the scenario's effective row of a lineage: updates the scenario's own row or override, or
 * creates the override of an inherited row (a copy of the parent's row with the patch applied, same lineage).
 * Cross-field rules (end >= start, one consumption basis, target refs) are checked on the merged row.
 * @throws AppError NOT_FOUND, VALIDATION_FAILED (400), STALE_UPDATE / DUPLICATE_* (409), TARGET_REF_NOT_FOUND (422)
 */
export async function updateRow(
  actor: RowActor,
  { entity, lineageId, patch, expectedVersion }: { entity: ScenarioRowEntity; lineageId: string; patch: RowFields; expectedVersion: number },
): Promise<RowWriteResult> {
  const { result, scenarioVersion } = await inRowWrite(actor, { entity, expectedVersion }, async (rw, state, _reload, chain) => {
    const current = findEffective(state, lineageId);
    if (!current) throw notFound("Row");
    const fields = parseWith(ROW_KINDS[entity].create, { ...fieldsOf(current.row), ...patch });
    assertUniqueInScenario(state, entity, fields, lineageId);
    if (entity === "parameter") await assertTargetRefsExist(rw.w.tx, chain, [{ fields, errorKey: "targetRef" }]);
    if (entity === "product") {
      await assertProductNamesAllowed(rw.w.tx, chain, [{ fields, errorKey: "name" }]);
      await assertProductDecksOfOrganisation(rw.w.tx, chain, [{ fields, errorKey: "priceDeckId" }]);
    }
    const own = state.own.get(lineageId);
    const row = own ? await updateAudited(rw, { row: own, fields }) : await insertAudited(rw, { fields, lineageId });
    return toApiRow({ row, sourceScenarioId: actor.scenarioId, origin: state.inherited.has(lineageId) ? "overridden" : "own" });
  });
  return { row: result, scenarioVersion };
}

/**
 * Deletes the scenario's row of a lineage. Without `revert`: a root's (or a child's own) row is deleted, an
 * inherited or overridden row is removed from the child (its override, if any, goes too). With `revert`: the
 * child's override is deleted and a removal taken back, so the parent's row shows again.
 * @throws AppError NOT_FOUND, NOT_REVERTIBLE (422), STALE_UPDATE / EQUIPMENT_HAS_MAINTENANCE / CONSUMPTION_HAS_ACTUALS (409)
 */
export async function deleteRow(
  actor: RowActor,
  { entity, lineageId, revert, expectedVersion }: { entity: ScenarioRowEntity; lineageId: string; revert: boolean; expectedVersion: number },
): Promise<{ scenarioVersion: number }> {
  const { scenarioVersion } = await inRowWrite(actor, { entity, expectedVersion }, (rw, state) =>
    revert ? revertLineage(rw, state, lineageId) : removeLineage(rw, state, lineageId),
  );
  return { scenarioVersion };
}

async function removeLineage(rw: RowWriter, state: RowState, lineageId: string): Promise<void> {
  if (!findEffective(state, lineageId)) throw notFound("Row");
  const own = state.own.get(lineageId);
  if (own) await deleteAudited(rw, { row: own });
  if (state.inherited.has(lineageId)) await addRemovalAudited(rw, { lineageId });
}

async function revertLineage(rw: RowWriter, state: RowState, lineageId: string): Promise<void> {
  const own = state.own.get(lineageId);
  const removal = state.removals.get(lineageId);
  const isOverride = own !== undefined && state.inherited.has(lineageId);
  if (!isOverride && !removal) {
    if (!findEffective(state, lineageId)) throw notFound("Row");
    throw new AppError("NOT_REVERTIBLE", "The row is neither an override nor a removal of an inherited row", { status: 422 });
  }
  if (own && isOverride) await deleteAudited(rw, { row: own });
  if (removal) await dropRemovalAudited(rw, { removal });
}
