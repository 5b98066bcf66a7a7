import { deckMatrixContract } from "@/lib/http/contracts/deck-matrix";
import { handle } from "@/lib/http/handle";
import { getProjectDeckMatrix } from "@/lib/scenarios";

// GET /api/projects/{projectId}/deck-matrix – each scenario's NPV and IRR on its flat price and on every price deck
export const GET = handle(deckMatrixContract, async ({ params, query, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const matrix = await getProjectDeckMatrix({ organisationId, projectId }, { includeArchived: query.includeArchived });
  return Response.json({ matrix }, { headers: { "Cache-Control": "private, no-store" } });
});
