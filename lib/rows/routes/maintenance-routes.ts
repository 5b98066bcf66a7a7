import { maintenanceContracts } from "@/lib/http/contracts/rows";
import { handle } from "@/lib/http/handle";
import { createMaintenance, deleteMaintenance, getMaintenance, listMaintenance, updateMaintenance } from "../maintenance";

// Maintenance logs of an equipment row (operational actuals; not inherited, no scenario version).

const list = handle(maintenanceContracts.list, async ({ params, query, load }) => {
  const { organisationId } = await load("equipment", params.equipmentId);
  const { logs, total } = await listMaintenance({ organisationId, equipmentId: params.equipmentId }, query);
  return Response.json({ data: logs, page: query.page, pageSize: query.pageSize, total });
});

const create = handle(maintenanceContracts.create, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("equipment", params.equipmentId);
  const log = await createMaintenance({ organisationId, projectId, userId: user.id, equipmentId: params.equipmentId }, body);
  return Response.json({ data: log }, { status: 201, headers: { Location: `/api/maintenance/${log.id}` } });
});

const get = handle(maintenanceContracts.get, async ({ params, load }) => {
  const { organisationId } = await load("maintenanceLog", params.logId);
  return Response.json({ data: await getMaintenance({ organisationId, logId: params.logId }) });
});

const update = handle(maintenanceContracts.update, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("maintenanceLog", params.logId);
  const log = await updateMaintenance({ organisationId, projectId, userId: user.id, logId: params.logId }, body);
  return Response.json({ data: log });
});

const remove = handle(maintenanceContracts.remove, async ({ params, user, load }) => {
  const { organisationId, projectId } = await load("maintenanceLog", params.logId);
  await deleteMaintenance({ organisationId, projectId, userId: user.id, logId: params.logId });
  return new Response(null, { status: 204 });
});

/** GET/POST /api/equipment/{equipmentId}/maintenance; GET/PATCH/DELETE /api/maintenance/{logId}. */
export const maintenanceRoutes = { list, create, get, update, remove };
