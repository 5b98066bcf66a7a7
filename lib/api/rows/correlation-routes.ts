import { listCorrelations, replaceCorrelations } from "@/db/queries/rows/correlations";
import { getScenarioChain } from "@/db/queries/scenario-inheritance";
import { correlationContracts } from "@/lib/http/contracts/rows";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";
import { invalidateAfterScenarioWrite } from "@/lib/cache/invalidate-writes";
import { authorizeScenario } from "./scenario-access";

// GET/PUT of a scenario's correlation matrix (pairs of parameter lineage ids).

export const getCorrelations = handle(correlationContracts.list, async ({ params, user, authorize }) => {
  const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
  const chain = await getScenarioChain(db, { organisationId, scenarioId: params.scenarioId });
  if (!chain) throw notFound("Scenario");
  const view = await listCorrelations(db, { chain });
  return Response.json({ data: view.pairs, check: view.check, scenarioVersion: chain.scenario.version });
});

export const putCorrelations = handle(
  correlationContracts.replace,
  async ({ params, body, user, authorize }) => {
    const { db, organisationId } = await authorizeScenario({ user, authorize }, params.scenarioId);
    const view = await replaceCorrelations(db, {
      organisationId,
      userId: user.id,
      scenarioId: params.scenarioId,
      expectedVersion: body.version,
      pairs: body.pairs,
    });
    await invalidateAfterScenarioWrite(db, { organisationId, scenarioId: params.scenarioId });
    return Response.json({ data: view.pairs, check: view.check, scenarioVersion: view.scenarioVersion });
  },
);
