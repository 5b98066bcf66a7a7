import { correlationContracts } from "@/lib/http/contracts/rows";
import { handle } from "@/lib/http/handle";
import { readCorrelations, replaceCorrelations } from "../correlations";

// GET/PUT of a scenario's correlation matrix (pairs of parameter lineage ids).

const get = handle(correlationContracts.list, async ({ params, load }) => {
  const { organisationId } = await load("scenario", params.scenarioId);
  const view = await readCorrelations({ organisationId, scenarioId: params.scenarioId });
  return Response.json({ data: view.pairs, check: view.check, scenarioVersion: view.scenarioVersion });
});

const put = handle(correlationContracts.replace, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("scenario", params.scenarioId);
  const actor = { organisationId, projectId, userId: user.id, scenarioId: params.scenarioId };
  const view = await replaceCorrelations(actor, { expectedVersion: body.version, pairs: body.pairs });
  return Response.json({ data: view.pairs, check: view.check, scenarioVersion: view.scenarioVersion });
});

/** GET/PUT /api/scenarios/{scenarioId}/correlations. */
export const correlationRoutes = { GET: get, PUT: put };
