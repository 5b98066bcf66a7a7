import { meContract } from "@/lib/http/contracts/system";
import { handle } from "@/lib/http/handle";

// GET /api/me – the signed-in user, their memberships and active organisation; 401 JSON when signed out
export const GET = handle(meContract, async ({ user }) => {
  const { sessionId: _session, apiTokenId: _token, ...visible } = user;
  return Response.json({ user: visible }, { headers: { "Cache-Control": "private, no-store" } });
});
