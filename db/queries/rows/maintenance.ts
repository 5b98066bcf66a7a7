import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { MaintenanceType } from "@/lib/domain/inputs";
import type { DbOrTx } from "../../client";
import { equipment, maintenanceLogs, projects, scenarios, type MaintenanceLog, type NewMaintenanceLog } from "../../schema";

// Maintenance logs of an equipment ROW: operational actuals, so they belong to that row only (never inherited
// by child scenarios) and do not change the scenario version. Reads are scoped by the organisation; writes take
// ids the caller has checked (lib/access) or read in the same transaction.

export type MaintenanceFields = {
  performedOn: string;
  type: MaintenanceType;
  downtimeHours: number;
  cost: number;
  currency: string;
  notes: string | null;
};

export type MaintenanceListQuery = {
  from?: string;
  to?: string;
  type?: MaintenanceType;
  order: "asc" | "desc";
  page: number;
  pageSize: number;
};

/** Most ids or rows in one statement (PostgreSQL binds at most 65,535 parameters). */
const CHUNK_ROWS = 1000;

/** The organisation's equipment rows among `equipmentIds` (a subquery). */
function equipmentOfOrganisation(db: DbOrTx, organisationId: string, equipmentIds: readonly string[]) {
  return db
    .select({ id: equipment.id })
    .from(equipment)
    .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(inArray(equipment.id, [...equipmentIds]), eq(projects.organisationId, organisationId)));
}

/** One page of an equipment row's logs by date (then creation), with the total count for the filter. */
export async function listMaintenanceLogs(
  db: DbOrTx,
  { organisationId, equipmentId, query }: { organisationId: string; equipmentId: string; query: MaintenanceListQuery },
): Promise<{ logs: MaintenanceLog[]; total: number }> {
  const conditions: SQL[] = [inArray(maintenanceLogs.equipmentId, equipmentOfOrganisation(db, organisationId, [equipmentId]))];
  if (query.from) conditions.push(gte(maintenanceLogs.performedOn, query.from));
  if (query.to) conditions.push(lte(maintenanceLogs.performedOn, query.to));
  if (query.type) conditions.push(eq(maintenanceLogs.type, query.type));
  const where = and(...conditions);
  const direction = query.order === "desc" ? desc : asc;
  const [logs, [totals]] = await Promise.all([
    db
      .select()
      .from(maintenanceLogs)
      .where(where)
      .orderBy(direction(maintenanceLogs.performedOn), direction(maintenanceLogs.createdAt), direction(maintenanceLogs.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(maintenanceLogs).where(where),
  ]);
  return { logs, total: totals?.total ?? 0 };
}

/** Every log of the organisation's equipment rows among `equipmentIds`, oldest first (exports, imports). */
export async function listLogsOfEquipment(
  db: DbOrTx,
  { organisationId, equipmentIds }: { organisationId: string; equipmentIds: readonly string[] },
): Promise<MaintenanceLog[]> {
  if (equipmentIds.length === 0) return [];
  return db
    .select()
    .from(maintenanceLogs)
    .where(inArray(maintenanceLogs.equipmentId, equipmentOfOrganisation(db, organisationId, equipmentIds)))
    .orderBy(asc(maintenanceLogs.performedOn), asc(maintenanceLogs.createdAt), asc(maintenanceLogs.id));
}

/** A log of the organisation by id. */
export async function findMaintenanceLog(
  db: DbOrTx,
  { organisationId, logId }: { organisationId: string; logId: string },
): Promise<MaintenanceLog | undefined> {
  const [row] = await db
    .select({ log: maintenanceLogs })
    .from(maintenanceLogs)
    .innerJoin(equipment, eq(equipment.id, maintenanceLogs.equipmentId))
    .innerJoin(scenarios, eq(scenarios.id, equipment.scenarioId))
    .innerJoin(projects, eq(projects.id, scenarios.projectId))
    .where(and(eq(maintenanceLogs.id, logId), eq(projects.organisationId, organisationId)));
  return row?.log;
}

export async function insertMaintenanceLog(
  tx: DbOrTx,
  { equipmentId, fields, createdBy }: { equipmentId: string; fields: MaintenanceFields; createdBy: string },
): Promise<MaintenanceLog> {
  const [log] = await tx.insert(maintenanceLogs).values({ ...fields, equipmentId, createdBy }).returning();
  if (!log) throw new Error("insert returned no row");
  return log;
}

/** @returns the log after the change, or undefined when it is gone */
export async function updateMaintenanceLog(
  tx: DbOrTx,
  { logId, patch }: { logId: string; patch: Partial<MaintenanceFields> },
): Promise<MaintenanceLog | undefined> {
  const [log] = await tx.update(maintenanceLogs).set(patch).where(eq(maintenanceLogs.id, logId)).returning();
  return log;
}

/** @returns the deleted log, or undefined when it was already gone */
export async function deleteMaintenanceLog(tx: DbOrTx, { logId }: { logId: string }): Promise<MaintenanceLog | undefined> {
  const [before] = await tx.delete(maintenanceLogs).where(eq(maintenanceLogs.id, logId)).returning();
  return before;
}

/** Deletes logs by id, in batches. */
export async function deleteMaintenanceLogs(tx: DbOrTx, { logIds }: { logIds: readonly string[] }): Promise<void> {
  for (let start = 0; start < logIds.length; start += CHUNK_ROWS) {
    await tx.delete(maintenanceLogs).where(inArray(maintenanceLogs.id, logIds.slice(start, start + CHUNK_ROWS)));
  }
}

/** Inserts logs, in batches. */
export async function insertMaintenanceLogs(tx: DbOrTx, { logs }: { logs: readonly NewMaintenanceLog[] }): Promise<void> {
  for (let start = 0; start < logs.length; start += CHUNK_ROWS) {
    await tx.insert(maintenanceLogs).values(logs.slice(start, start + CHUNK_ROWS));
  }
}
