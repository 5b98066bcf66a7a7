import { and, asc, count, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import type { Db, DbOrTx } from "../../client";
import { maintenanceLogs, type MaintenanceLog } from "../../schema";
import { type MaintenanceType } from "@/lib/domain/inputs";
import { recordAudit } from "../audit";
import { mapWriteErrors } from "./database-errors";

// Maintenance logs of an equipment ROW: operational actuals, so they belong to that row only (never inherited
// by child scenarios) and do not change the scenario version. Callers have checked the equipment's organisation.

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

type Actor = { organisationId: string; userId: string };

/** One page of an equipment row's logs by date (then creation), with the total count for the filter. */
export async function listMaintenanceLogs(
  db: DbOrTx,
  { equipmentId, query }: { equipmentId: string; query: MaintenanceListQuery },
): Promise<{ logs: MaintenanceLog[]; total: number }> {
  const conditions: SQL[] = [eq(maintenanceLogs.equipmentId, equipmentId)];
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
      .orderBy(
        direction(maintenanceLogs.performedOn),
        direction(maintenanceLogs.createdAt),
        direction(maintenanceLogs.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(maintenanceLogs).where(where),
  ]);
  return { logs, total: totals?.total ?? 0 };
}

/** A log by id; callers have already checked (findMaintenanceLogOwner) that the caller may see it. */
export async function getMaintenanceLog(
  db: DbOrTx,
  { logId }: { logId: string },
): Promise<MaintenanceLog | undefined> {
  const [log] = await db.select().from(maintenanceLogs).where(eq(maintenanceLogs.id, logId));
  return log;
}

export async function createMaintenanceLog(
  db: Db,
  { equipmentId, fields, ...actor }: Actor & { equipmentId: string; fields: MaintenanceFields },
): Promise<MaintenanceLog> {
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const [log] = await tx
        .insert(maintenanceLogs)
        .values({ ...fields, equipmentId, createdBy: actor.userId })
        .returning();
      if (!log) throw new Error("insert returned no row");
      await recordAudit(tx, {
        ...actor,
        action: "create",
        entityType: "maintenance_log",
        entityId: log.id,
        after: log,
      });
      return log;
    }),
  );
}

export async function updateMaintenanceLog(
  db: Db,
  { logId, patch, ...actor }: Actor & { logId: string; patch: Partial<MaintenanceFields> },
): Promise<MaintenanceLog> {
  return mapWriteErrors(() =>
    db.transaction(async (tx) => {
      const before = await getMaintenanceLog(tx, { logId });
      if (!before) throw notFound("Maintenance log");
      const [log] = await tx
        .update(maintenanceLogs)
        .set(patch)
        .where(eq(maintenanceLogs.id, logId))
        .returning();
      if (!log) throw notFound("Maintenance log");
      await recordAudit(tx, {
        ...actor,
        action: "update",
        entityType: "maintenance_log",
        entityId: log.id,
        before,
        after: log,
      });
      return log;
    }),
  );
}

export async function deleteMaintenanceLog(
  db: Db,
  { logId, ...actor }: Actor & { logId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(maintenanceLogs).where(eq(maintenanceLogs.id, logId)).returning();
    if (!before) throw notFound("Maintenance log");
    await recordAudit(tx, {
      ...actor,
      action: "delete",
      entityType: "maintenance_log",
      entityId: before.id,
      before,
    });
  });
}
