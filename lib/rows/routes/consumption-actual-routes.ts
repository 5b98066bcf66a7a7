import { consumptionActualContracts } from "@/lib/http/contracts/consumption-actuals";
import { handle } from "@/lib/http/handle";
import { createActual, deleteActual, getActual, listActuals, updateActual } from "../consumption-actuals";

// Consumption actuals of a scenario's consumption item (operational actuals; not inherited, no scenario version).

const list = handle(consumptionActualContracts.list, async ({ params, query, load }) => {
  const { organisationId } = await load("scenario", params.scenarioId);
  const { actuals, total } = await listActuals({ organisationId, scenarioId: params.scenarioId, itemId: params.itemId }, query);
  return Response.json({ data: actuals, page: query.page, pageSize: query.pageSize, total });
});

const create = handle(consumptionActualContracts.create, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const scope = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId, itemId: params.itemId };
  const actual = await createActual(scope, body);
  return Response.json({ data: actual }, { status: 201, headers: { Location: `/api/consumption-actuals/${actual.id}` } });
});

const get = handle(consumptionActualContracts.get, async ({ params, load }) => {
  const { organisationId } = await load("consumptionActual", params.actualId);
  return Response.json({ data: await getActual({ organisationId, actualId: params.actualId }) });
});

const update = handle(consumptionActualContracts.update, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("consumptionActual", params.actualId);
  const actual = await updateActual({ organisationId, projectId, userId: user.id, actualId: params.actualId }, body);
  return Response.json({ data: actual });
});

const remove = handle(consumptionActualContracts.remove, async ({ params, user, load }) => {
  const { organisationId, projectId } = await load("consumptionActual", params.actualId);
  await deleteActual({ organisationId, projectId, userId: user.id, actualId: params.actualId });
  return new Response(null, { status: 204 });
});

/** GET/POST /api/scenarios/{id}/consumption/{itemId}/actuals; GET/PATCH/DELETE /api/consumption-actuals/{actualId}. */
export const consumptionActualRoutes = { list, create, get, update, remove };
