import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import type { DbOrTx } from "../../client";
import { scenarioRowRemovals, type NewCapexItem } from "../../schema";
import { rowTableOf, type AnyScenarioRow, type RowFields, type RowTable } from "./tables";

// The writes of one kind of row, in batches (an import may carry 100,000 rows; one statement per row would not
// do). What to write is decided by the caller (lib/import-export/bulk-plan.ts); this only writes it.

const BATCH_ROWS = 1000;
/** Inserts go as one JSON document per batch (jsonb_populate_recordset): one parameter, whatever the row count. */
const INSERT_BATCH_ROWS = 5000;

/** Runs before every insert batch (a test seam: a test fails the last write to prove the rollback). */
export type WriteHook = (step: { kind: string; batch: number; isLast: boolean }) => void | Promise<void>;

/** A row to insert: a new lineage (fresh, or the given id), or the re-insert of a row deleted in the same batch. */
export type BulkInsert = { lineageId?: string; fields: RowFields; replaces?: AnyScenarioRow };

export type BulkRowWrites = {
  inserts: BulkInsert[];
  inPlaceUpdates: { row: AnyScenarioRow; fields: RowFields }[];
  deletes: AnyScenarioRow[];
  addRemovals: string[];
  dropRemovalIds: string[];
};

function batches<T>(items: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** A row to insert as the table's record: every column by its database name (ids and timestamps filled here). */
function insertRecord(table: RowTable, scenarioId: string, insert: BulkInsert, now: string): Record<string, unknown> {
  const identity = insert.replaces
    ? { id: insert.replaces.id, lineageId: insert.replaces.lineageId, createdAt: insert.replaces.createdAt.toISOString() }
    : { id: randomUUID(), lineageId: insert.lineageId ?? randomUUID(), createdAt: now };
  const values: Record<string, unknown> = { ...insert.fields, scenarioId, ...identity, updatedAt: now };
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) record[column.name] = values[key] ?? null;
  return record;
}

async function insertBatch(tx: DbOrTx, table: RowTable, records: Record<string, unknown>[]): Promise<void> {
  await tx.execute(sql`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(records)}::jsonb)`);
}

/**
 * Applies one kind's writes: deletes (and the deletes of re-inserted rows) first, so values moved between rows
 * never collide on a unique column, then removals, in-place updates, and inserts.
 */
export async function applyBulkRowWrites(
  tx: DbOrTx,
  { scenarioId, entity, writes, hook }: { scenarioId: string; entity: ScenarioRowEntity; writes: BulkRowWrites; hook?: WriteHook },
): Promise<void> {
  const table = rowTableOf(entity);
  const replaced = writes.inserts.flatMap((insert) => (insert.replaces ? [insert.replaces] : []));
  const deleteIds = [...writes.deletes, ...replaced].map((row) => row.id);
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

/** The rows of the kind the scenario stores itself, their row id by lineage id (what maintenance logs attach to). */
export async function listOwnRowIdsByLineage(
  tx: DbOrTx,
  { scenarioId, entity }: { scenarioId: string; entity: ScenarioRowEntity },
): Promise<Map<string, string>> {
  const table = rowTableOf(entity);
  const rows = await tx.select({ id: table.id, lineageId: table.lineageId }).from(table).where(eq(table.scenarioId, scenarioId));
  return new Map(rows.map((row) => [row.lineageId, row.id]));
}
