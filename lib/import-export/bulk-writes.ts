import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { RowState } from "@/db/queries/rows/row-state";
import { rowTableOf, type AnyScenarioRow, type RowFields } from "@/db/queries/rows/tables";
import { scenarioRowRemovals, type NewCapexItem } from "@/db/schema";
import { type ScenarioRowEntity } from "@/lib/domain/inputs";
import type { KindPlan } from "./plan";
import { isSameRow } from "./match";

// The writes of one kind, in batches (an import may carry 100,000 rows; one statement per row would not do).
// Same rule as the row API's bulk replace (db/queries/rows/replace-rows.ts planReplacement): a row equal to the
// inherited one needs no row of its own, a different one an override, inherited rows left out are removed.
// Updates are delete + re-insert under the same id, lineage and creation time (values swapped between rows
// never collide on a unique column), except equipment, updated in place so its maintenance logs stay.

const BATCH_ROWS = 1000;
/** Inserts go as one JSON document per batch (jsonb_populate_recordset): one parameter, whatever the row count. */
const INSERT_BATCH_ROWS = 5000;

export type WriteHook = (step: { kind: string; batch: number; isLast: boolean }) => void | Promise<void>;

type Insert = { lineageId?: string; fields: RowFields; replaces?: AnyScenarioRow };

export type RowWrites = {
  inserts: Insert[];
  inPlaceUpdates: { row: AnyScenarioRow; fields: RowFields }[];
  deletes: AnyScenarioRow[];
  addRemovals: string[];
  dropRemovalIds: string[];
};

/** The smallest set of writes that makes the scenario's rows of the kind equal the sheet's. */
export function planWrites(entity: ScenarioRowEntity, { state, match }: Pick<KindPlan, "state" | "match">): RowWrites {
  const writes: RowWrites = { inserts: [], inPlaceUpdates: [], deletes: [], addRemovals: [], dropRemovalIds: [] };
  for (const matched of match.rows) {
    const { fields } = matched.row;
    if (!matched.lineageId) {
      writes.inserts.push({ lineageId: matched.newLineageId, fields });
      continue;
    }
    const own = state.own.get(matched.lineageId);
    const inherited = state.inherited.get(matched.lineageId);
    const removal = state.removals.get(matched.lineageId);
    if (removal) writes.dropRemovalIds.push(removal.id);
    if (inherited && isSameRow(fields, inherited as RowFields)) {
      if (own) writes.deletes.push(own);
    } else if (own) {
      if (isSameRow(fields, own as RowFields)) continue;
      if (entity === "equipment") writes.inPlaceUpdates.push({ row: own, fields });
      else writes.inserts.push({ fields, replaces: own });
    } else writes.inserts.push({ lineageId: matched.lineageId, fields });
  }
  for (const row of match.removed) {
    if (state.own.has(row.lineageId)) writes.deletes.push(state.own.get(row.lineageId) as AnyScenarioRow);
    if (state.inherited.has(row.lineageId)) writes.addRemovals.push(row.lineageId);
  }
  return writes;
}

function batches<T>(items: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** A row to insert as the table's record: every column by its database name (ids and timestamps filled here). */
function insertRecord(table: ReturnType<typeof rowTableOf>, scenarioId: string, insert: Insert, now: string): Record<string, unknown> {
  const identity = insert.replaces
    ? { id: insert.replaces.id, lineageId: insert.replaces.lineageId, createdAt: insert.replaces.createdAt.toISOString() }
    : { id: randomUUID(), lineageId: insert.lineageId ?? randomUUID(), createdAt: now };
  const values: Record<string, unknown> = { ...insert.fields, scenarioId, ...identity, updatedAt: now };
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) record[column.name] = values[key] ?? null;
  return record;
}

async function insertBatch(tx: DbOrTx, table: ReturnType<typeof rowTableOf>, records: Record<string, unknown>[]): Promise<void> {
  await tx.execute(sql`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::jsonb)`);
}

/** Applies one kind's writes: deletes (and the deletes of re-inserted updates) first, then removals, then inserts. */
export async function applyWrites(
  tx: DbOrTx,
  { scenarioId, entity, writes, hook }: { scenarioId: string; entity: ScenarioRowEntity; writes: RowWrites; hook?: WriteHook },
): Promise<void> {
  const table = rowTableOf(entity);
  const deleteIds = [...writes.deletes, ...writes.inserts.flatMap((insert) => (insert.replaces ? [insert.replaces] : []))].map((row) => row.id);
  for (const ids of batches(deleteIds)) await tx.delete(table).where(and(eq(table.scenarioId, scenarioId), inArray(table.id, ids)));
  for (const ids of batches(writes.dropRemovalIds)) await tx.delete(scenarioRowRemovals).where(inArray(scenarioRowRemovals.id, ids));
  for (const lineageIds of batches(writes.addRemovals)) {
    await tx.insert(scenarioRowRemovals).values(lineageIds.map((lineageId) => ({ scenarioId, entity, lineageId }))).onConflictDoNothing();
  }
  for (const { row, fields } of writes.inPlaceUpdates) {
    await tx.update(table).set(fields as Partial<NewCapexItem>).where(and(eq(table.id, row.id), eq(table.scenarioId, scenarioId)));
  }
  const insertBatches = batches(writes.inserts, INSERT_BATCH_ROWS);
  const now = new Date().toISOString();
  for (const [index, inserts] of insertBatches.entries()) {
    await hook?.({ kind: entity, batch: index, isLast: index === insertBatches.length - 1 });
    await insertBatch(tx, table, inserts.map((insert) => insertRecord(table, scenarioId, insert, now)));
  }
}

/** The rows of the kind the scenario now stores, by lineage (what maintenance logs attach to). */
export async function storedRowIdsByLineage(tx: DbOrTx, { scenarioId, entity }: { scenarioId: string; entity: ScenarioRowEntity }): Promise<Map<string, string>> {
  const table = rowTableOf(entity);
  const rows = await tx.select({ id: table.id, lineageId: table.lineageId }).from(table).where(eq(table.scenarioId, scenarioId));
  return new Map(rows.map((row) => [row.lineageId, row.id]));
}

export type { RowState };
