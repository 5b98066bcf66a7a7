import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { ROW_CONTRACTS } from "@/lib/http/contracts/rows";
import { handle } from "@/lib/http/handle";
import { ROW_KINDS } from "../kinds";
import { getRow, listRows } from "../list-rows";
import { replaceRows } from "../replace-rows";
import { createRow, deleteRow, updateRow } from "../row-writes";

// The route handlers of one row kind (app/api/scenarios/[scenarioId]/<segment>), each a guard ladder
// (lib/http/handle.ts) around one call of the rows service. Collection: list, create, replace (bulk);
// item (by LINEAGE id): get, update, remove. Every answer carries the scenario's version.

const VERSION_HEADER = "X-Scenario-Version";

function versionHeaders(scenarioVersion: number, extra: Record<string, string> = {}): HeadersInit {
  return { [VERSION_HEADER]: String(scenarioVersion), "Cache-Control": "private, no-store", ...extra };
}

export function createRowRoutes(entity: ScenarioRowEntity) {
  const contracts = ROW_CONTRACTS[entity];
  const { segment } = ROW_KINDS[entity];

  const list = handle(contracts.list, async ({ params, query, load }) => {
    const { organisationId } = await load("scenario", params.scenarioId);
    const page = await listRows({ organisationId, scenarioId: params.scenarioId }, { entity, query });
    return Response.json(page, { headers: versionHeaders(page.scenarioVersion) });
  });

  const create = handle(contracts.create, async ({ params, body, user, load }) => {
    const { organisationId, projectId } = await load("scenario", params.scenarioId);
    const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
    const { row, scenarioVersion } = await createRow(actor, { entity, fields: body });
    const location = `/api/scenarios/${params.scenarioId}/${segment}/${row.lineageId}`;
    return Response.json({ data: row, scenarioVersion }, { status: 201, headers: versionHeaders(scenarioVersion, { Location: location }) });
  });

  const replace = handle(contracts.replace, async ({ params, body, user, load }) => {
    const { organisationId, projectId } = await load("scenario", params.scenarioId);
    const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
    const rows = body.rows.map(({ lineageId, ...fields }) => ({ lineageId, fields }));
    const result = await replaceRows(actor, { entity, expectedVersion: body.version, rows });
    const payload = { data: result.rows, scenarioVersion: result.scenarioVersion, changes: result.summary };
    return Response.json(payload, { headers: versionHeaders(result.scenarioVersion) });
  });

  const get = handle(contracts.get, async ({ params, load }) => {
    const { organisationId } = await load("scenario", params.scenarioId);
    const lineageId = params.itemId.toLowerCase();
    const { row, scenarioVersion } = await getRow({ organisationId, scenarioId: params.scenarioId }, { entity, lineageId });
    return Response.json({ data: row, scenarioVersion }, { headers: versionHeaders(scenarioVersion) });
  });

  const update = handle(contracts.update, async ({ params, body, user, load }) => {
    const { organisationId, projectId } = await load("scenario", params.scenarioId);
    const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
    const { version, ...patch } = body;
    const lineageId = params.itemId.toLowerCase();
    const { row, scenarioVersion } = await updateRow(actor, { entity, lineageId, patch, expectedVersion: version });
    return Response.json({ data: row, scenarioVersion }, { headers: versionHeaders(scenarioVersion) });
  });

  const remove = handle(contracts.remove, async ({ params, query, user, load }) => {
    const { organisationId, projectId } = await load("scenario", params.scenarioId);
    const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
    const lineageId = params.itemId.toLowerCase();
    const { scenarioVersion } = await deleteRow(actor, { entity, lineageId, revert: query.revert, expectedVersion: query.version });
    return new Response(null, { status: 204, headers: versionHeaders(scenarioVersion) });
  });

  return {
    collection: { GET: list, POST: create, PUT: replace },
    item: { GET: get, PATCH: update, DELETE: remove },
  };
}
