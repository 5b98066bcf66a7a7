import {
  createMaintenanceLog,
  deleteMaintenanceLog,
  getMaintenanceLog,
  listMaintenanceLogs,
  updateMaintenanceLog,
} from "@/db/queries/rows/maintenance";
import { maintenanceContracts } from "@/lib/http/contracts/rows";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { invalidateAfterMaintenanceWrite } from "@/lib/cache/invalidate-writes";
import { authorizeEquipment, authorizeMaintenanceLog } from "./scenario-access";

// Maintenance logs of an equipment row (operational actuals; not inherited, no scenario version).

export const listMaintenance = handle(
  maintenanceContracts.list,
  async ({ params, query, user, authorize }) => {
    const { db, owner } = await authorizeEquipment({ user, authorize }, params.equipmentId);
    const { logs, total } = await listMaintenanceLogs(db, { equipmentId: owner.equipmentId, query });
    return Response.json({ data: logs, page: query.page, pageSize: query.pageSize, total });
  },
);

export const createMaintenance = handle(
  maintenanceContracts.create,
  async ({ params, body, user, authorize }) => {
    const { db, owner } = await authorizeEquipment({ user, authorize }, params.equipmentId);
    const log = await createMaintenanceLog(db, {
      organisationId: owner.organisationId,
      userId: user.id,
      equipmentId: owner.equipmentId,
      fields: body,
    });
    await invalidateAfterMaintenanceWrite(db, owner);
    return Response.json({ data: log }, { status: 201, headers: { Location: `/api/maintenance/${log.id}` } });
  },
);

export const getMaintenance = handle(maintenanceContracts.get, async ({ params, user, authorize }) => {
  const { db } = await authorizeMaintenanceLog({ user, authorize }, params.logId);
  const log = await getMaintenanceLog(db, { logId: params.logId });
  if (!log) throw notFound("Maintenance log");
  return Response.json({ data: log });
});

export const updateMaintenance = handle(
  maintenanceContracts.update,
  async ({ params, body, user, authorize }) => {
    const { db, owner } = await authorizeMaintenanceLog({ user, authorize }, params.logId);
    const log = await updateMaintenanceLog(db, {
      organisationId: owner.organisationId,
      userId: user.id,
      logId: params.logId,
      patch: body,
    });
    await invalidateAfterMaintenanceWrite(db, owner);
    return Response.json({ data: log });
  },
);

export const deleteMaintenance = handle(maintenanceContracts.remove, async ({ params, user, authorize }) => {
  const { db, owner } = await authorizeMaintenanceLog({ user, authorize }, params.logId);
  await deleteMaintenanceLog(db, {
    organisationId: owner.organisationId,
    userId: user.id,
    logId: params.logId,
  });
  await invalidateAfterMaintenanceWrite(db, owner);
  return new Response(null, { status: 204 });
});
