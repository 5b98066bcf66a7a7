import { replaceRows } from "@/db/queries/rows/replace-rows";
import { createRow, deleteRow, updateRow } from "@/db/queries/rows/row-operations";
import { getEffectiveRows } from "@/db/queries/rows/row-state";
import { rowContractsFor } from "@/lib/http/contracts/rows";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { parseWith } from "@/lib/http/parse";
import { pageRows } from "./list-rows";
import type { RowKind } from "./row-kind";
import { invalidateAfterScenarioWrite } from "@/lib/cache/invalidate-writes";
import { authorizeScenario } from "./scenario-access";

const VERSION_HEADER = "X-Scenario-Version";

function versionHeaders(scenarioVersion: number, extra: Record<string, string> = {}): HeadersInit {
  return { [VERSION_HEADER]: String(scenarioVersion), "Cache-Control": "private, no-store", ...extra };
}

/**
 * The route handlers of one row kind, all following the guard ladder of lib/http/handle.ts. Collection:
 * list, create, replace (bulk); item (by LINEAGE id): get, update, remove.
 */
export function createRowRoutes(kind: RowKind) {
  const contracts = rowContractsFor(kind);
  const label = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);

  const list = handle(contracts.list, async ({ params, query, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const effective = await getEffectiveRows(db, {
      organisationId,
      scenarioId: params.scenarioId,
      entity: kind.entity,
    });
    if (!effective) throw notFound("Scenario");
    const page = pageRows(effective.rows, kind, query);
    return Response.json(
      { ...page, scenarioVersion: effective.scenarioVersion },
      { headers: versionHeaders(effective.scenarioVersion) },
    );
  });

  const create = handle(contracts.create, async ({ params, body, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const target = { organisationId, userId: user.id, scenarioId: params.scenarioId, entity: kind.entity };
    const { row, scenarioVersion } = await createRow(db, { ...target, fields: body });
    await invalidateAfterScenarioWrite(db, { organisationId, scenarioId: params.scenarioId });
    const location = `/api/scenarios/${params.scenarioId}/${kind.segment}/${row.lineageId}`;
    return Response.json(
      { data: row, scenarioVersion },
      { status: 201, headers: versionHeaders(scenarioVersion, { Location: location }) },
    );
  });

  const replace = handle(contracts.replace, async ({ params, body, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const rows = body.rows.map(({ lineageId, ...fields }) => ({ lineageId, fields }));
    const result = await replaceRows(db, {
      organisationId,
      userId: user.id,
      scenarioId: params.scenarioId,
      entity: kind.entity,
      expectedVersion: body.version,
      rows,
    });
    await invalidateAfterScenarioWrite(db, { organisationId, scenarioId: params.scenarioId });
    const payload = { data: result.rows, scenarioVersion: result.scenarioVersion, changes: result.summary };
    return Response.json(payload, { headers: versionHeaders(result.scenarioVersion) });
  });

  const get = handle(contracts.get, async ({ params, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const effective = await getEffectiveRows(db, {
      organisationId,
      scenarioId: params.scenarioId,
      entity: kind.entity,
    });
    const row = effective?.rows.find((candidate) => candidate.lineageId === params.itemId.toLowerCase());
    if (!effective || !row) throw notFound(label);
    return Response.json(
      { data: row, scenarioVersion: effective.scenarioVersion },
      { headers: versionHeaders(effective.scenarioVersion) },
    );
  });

  const update = handle(contracts.update, async ({ params, body, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const { version, ...patch } = body;
    const { row, scenarioVersion } = await updateRow(db, {
      organisationId,
      userId: user.id,
      scenarioId: params.scenarioId,
      entity: kind.entity,
      lineageId: params.itemId.toLowerCase(),
      patch,
      // Cross-field rules (end >= start, one consumption basis, target refs) hold for the merged row.
      validate: (merged) => parseWith(kind.createSchema, merged),
      expectedVersion: version,
    });
    await invalidateAfterScenarioWrite(db, { organisationId, scenarioId: params.scenarioId });
    return Response.json({ data: row, scenarioVersion }, { headers: versionHeaders(scenarioVersion) });
  });

  const remove = handle(contracts.remove, async ({ params, query, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const { scenarioVersion } = await deleteRow(db, {
      organisationId,
      userId: user.id,
      scenarioId: params.scenarioId,
      entity: kind.entity,
      lineageId: params.itemId.toLowerCase(),
      revert: query.revert,
      expectedVersion: query.version,
    });
    await invalidateAfterScenarioWrite(db, { organisationId, scenarioId: params.scenarioId });
    return new Response(null, { status: 204, headers: versionHeaders(scenarioVersion) });
  });

  return {
    collection: { GET: list, POST: create, PUT: replace },
    item: { GET: get, PATCH: update, DELETE: remove },
  };
}
