import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { consumptionActuals, consumptionItems, projects, scenarios, type ConsumptionActual, type NewConsumptionActual } from "../../schema";

// Consumption actuals of a consumption item ROW: operational actuals, so they belong to that row only (never
// inherited by child scenarios) and do not change the scenario version, exactly as maintenance logs of an equipment
// row. Reads are scoped by the organisation; writes take ids the caller has checked (lib/access) or read in the
// same transaction.

export type ConsumptionActualFields = {
  /** ISO "YYYY-MM-DD": first day of the period consumed in. */
  periodStart: string;
  /** In the item's unit. */
  quantity: number;
  /** Currency per unit. */
  unitCost: number;
  currency: string;
  notes: string | null;
};

export type ConsumptionActualListQuery = {
  from?: string;
  to?: string;
  order: "asc" | "desc";
  page: number;
  pageSize: number;
};

/** The organisation's consumption item rows among `itemIds` (a subquery). */
function itemsOfOrganisation(db: DbOrTx, organisationId: string, itemIds: readonly string[]) {
  return db
    .select({ id: consumptionItems.id })
    .from(consumptionItems)
    .innerJoin(scenarios, eq(scenarios.id, consumptionItems.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(inArray(consumptionItems.id, [...itemIds]), eq(projects.organisationId, organisationId)));
}

/** One page of an item row's actuals by period (then creation), with the total count for the filter. */
export async function listConsumptionActuals(
  db: DbOrTx,
  { organisationId, itemId, query }: { organisationId: string; itemId: string; query: ConsumptionActualListQuery },
): Promise<{ actuals: ConsumptionActual[]; total: number }> {
  const conditions: SQL[] = [inArray(consumptionActuals.consumptionItemId, itemsOfOrganisation(db, organisationId, [itemId]))];
  if (query.from) conditions.push(gte(consumptionActuals.periodStart, query.from));
  if (query.to) conditions.push(lte(consumptionActuals.periodStart, query.to));
  const where = and(...conditions);
  const direction = query.order === "desc" ? desc : asc;
  const [actuals, [totals]] = await Promise.all([
    db
      .select()
      .from(consumptionActuals)
      .where(where)
      .orderBy(direction(consumptionActuals.periodStart), direction(consumptionActuals.createdAt), direction(consumptionActuals.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(consumptionActuals).where(where),
  ]);
  return { actuals, total: totals?.total ?? 0 };
}

/** Every actual of the organisation's item rows among `itemIds`, oldest period first (fits). */
export async function listActualsOfItems(
  db: DbOrTx,
  { organisationId, itemIds }: { organisationId: string; itemIds: readonly string[] },
): Promise<ConsumptionActual[]> {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(consumptionActuals)
    .where(inArray(consumptionActuals.consumptionItemId, itemsOfOrganisation(db, organisationId, itemIds)))
    .orderBy(asc(consumptionActuals.periodStart), asc(consumptionActuals.createdAt), asc(consumptionActuals.id));
}

/** An actual of the organisation by id. */
export async function findConsumptionActual(
  db: DbOrTx,
  { organisationId, actualId }: { organisationId: string; actualId: string },
): Promise<ConsumptionActual | undefined> {
  const [row] = await db
    .select({ actual: consumptionActuals })
    .from(consumptionActuals)
    .innerJoin(consumptionItems, eq(consumptionItems.id, consumptionActuals.consumptionItemId))
    .innerJoin(scenarios, eq(scenarios.id, consumptionItems.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(consumptionActuals.id, actualId), eq(projects.organisationId, organisationId)));
  return row?.actual;
}

export async function insertConsumptionActual(
  tx: DbOrTx,
  { itemId, fields, createdBy }: { itemId: string; fields: ConsumptionActualFields; createdBy: string },
): Promise<ConsumptionActual> {
  const [actual] = await tx.insert(consumptionActuals).values({ ...fields, consumptionItemId: itemId, createdBy }).returning();
  if (!actual) throw new Error("insert returned no row");
  return actual;
}

/** @returns the actual after the change, or undefined when it is gone */
export async function updateConsumptionActual(
  tx: DbOrTx,
  { actualId, patch }: { actualId: string; patch: Partial<ConsumptionActualFields> },
): Promise<ConsumptionActual | undefined> {
  const [actual] = await tx.update(consumptionActuals).set(patch).where(eq(consumptionActuals.id, actualId)).returning();
  return actual;
}

/** @returns the deleted actual, or undefined when it was already gone */
export async function deleteConsumptionActual(tx: DbOrTx, { actualId }: { actualId: string }): Promise<ConsumptionActual | undefined> {
  const [before] = await tx.delete(consumptionActuals).where(eq(consumptionActuals.id, actualId)).returning();
  return before;
}

/** Statements of an import's writes hold at most this many actuals (a bound on one statement's parameters). */
const CHUNK_ROWS = 1000;

/** Deletes actuals by id, in batches (an import's removals; the ids come from a read in the same transaction). */
export async function deleteConsumptionActuals(tx: DbOrTx, { actualIds }: { actualIds: readonly string[] }): Promise<void> {
  for (let start = 0; start < actualIds.length; start += CHUNK_ROWS) {
    await tx.delete(consumptionActuals).where(inArray(consumptionActuals.id, actualIds.slice(start, start + CHUNK_ROWS)));
  }
}

/** Inserts actuals, in batches (an import's new actuals). */
export async function insertConsumptionActuals(tx: DbOrTx, { actuals }: { actuals: readonly NewConsumptionActual[] }): Promise<void> {
  for (let start = 0; start < actuals.length; start += CHUNK_ROWS) {
    await tx.insert(consumptionActuals).values(actuals.slice(start, start + CHUNK_ROWS));
  }
}
