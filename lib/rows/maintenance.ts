import { getDb } from "@/db";
import { mapWriteErrors } from "@/db/queries/rows/database-errors";
import {
  deleteMaintenanceLog,
  findMaintenanceLog,
  insertMaintenanceLog,
  listMaintenanceLogs,
  updateMaintenanceLog,
  type MaintenanceFields,
  type MaintenanceListQuery,
} from "@/db/queries/rows/maintenance";
import type { MaintenanceLog } from "@/db/schema";
import { notFound } from "@/lib/errors";
import { write, type Write } from "@/lib/writes";

// Maintenance logs of an equipment ROW: operational actuals of that row only (never inherited, no scenario
// version). Every write is audited as "maintenance_log", which is what refreshes the operations dashboard.

export type { MaintenanceFields, MaintenanceListQuery };

/** Who writes: the equipment's organisation and project (from the access guard) and the user. */
export type MaintenanceActor = { organisationId: string; userId: string; projectId: string };

/** One page of an equipment row's logs by date, with the total for the filter. */
export async function listMaintenance(
  { organisationId, equipmentId }: { organisationId: string; equipmentId: string },
  query: MaintenanceListQuery,
): Promise<{ logs: MaintenanceLog[]; total: number }> {
  return listMaintenanceLogs(await getDb(), { organisationId, equipmentId, query });
}

/** @throws AppError NOT_FOUND when the log is gone */
export async function getMaintenance({ organisationId, logId }: { organisationId: string; logId: string }): Promise<MaintenanceLog> {
  const log = await findMaintenanceLog(await getDb(), { organisationId, logId });
  if (!log) throw notFound("Maintenance log");
  return log;
}

function writeLog<T>(actor: MaintenanceActor, work: (w: Write) => Promise<T>): Promise<T> {
  const { organisationId, userId, projectId } = actor;
  return mapWriteErrors(() => write({ organisationId, userId, projectId }, work));
}

/** Logs maintenance performed on an equipment row, audited. */
export async function createMaintenance(actor: MaintenanceActor & { equipmentId: string }, fields: MaintenanceFields): Promise<MaintenanceLog> {
  return writeLog(actor, async (w) => {
    const log = await insertMaintenanceLog(w.tx, { equipmentId: actor.equipmentId, fields, createdBy: actor.userId });
    await w.audit({ action: "create", entityType: "maintenance_log", entityId: log.id, after: log });
    return log;
  });
}

/** @throws AppError NOT_FOUND when the log is gone */
export async function updateMaintenance(actor: MaintenanceActor & { logId: string }, patch: Partial<MaintenanceFields>): Promise<MaintenanceLog> {
  return writeLog(actor, async (w) => {
    const before = await findMaintenanceLog(w.tx, { organisationId: actor.organisationId, logId: actor.logId });
    if (!before) throw notFound("Maintenance log");
    const log = await updateMaintenanceLog(w.tx, { logId: actor.logId, patch });
    if (!log) throw notFound("Maintenance log");
    await w.audit({ action: "update", entityType: "maintenance_log", entityId: log.id, before, after: log });
    return log;
  });
}

/** @throws AppError NOT_FOUND when the log is gone */
export async function deleteMaintenance(actor: MaintenanceActor & { logId: string }): Promise<void> {
  await writeLog(actor, async (w) => {
    const before = await deleteMaintenanceLog(w.tx, { logId: actor.logId });
    if (!before) throw notFound("Maintenance log");
    await w.audit({ action: "delete", entityType: "maintenance_log", entityId: before.id, before });
  });
}
