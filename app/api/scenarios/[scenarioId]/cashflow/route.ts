import { getDb } from "@/db";
import { scenarioCashFlowContract } from "@/lib/http/contracts/scenarios";
import { handle } from "@/lib/http/handle";
import { requireScenarioChain } from "@/lib/scenario/access";
import { computeScenarioCashFlow } from "@/lib/scenario/cashflow";
import { loadEffectiveScenarioFromChain } from "@/lib/scenario/load-effective-scenario";

// GET /api/scenarios/{scenarioId}/cashflow – deterministic cash-flow table, metrics, capex and opex plans
export const GET = handle(scenarioCashFlowContract, async ({ params, user, authorize }) => {
  const db = await getDb();
  const chain = await requireScenarioChain(db, user, params.scenarioId);
  authorize(chain.organisationId);
  const cashFlow = computeScenarioCashFlow(await loadEffectiveScenarioFromChain(db, chain));
  return Response.json({ cashFlow }, { headers: { "Cache-Control": "private, no-store" } });
});
