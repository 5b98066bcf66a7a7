import { apiRoute } from "@/lib/http/route";
import { requireApiUser } from "@/lib/auth/session";

// GET /api/me – the signed-in user, their memberships and active organisation; 401 JSON when signed out
export const GET = apiRoute(async () => {
  const user = await requireApiUser();
  return Response.json({ user }, { headers: { "Cache-Control": "private, no-store" } });
});
