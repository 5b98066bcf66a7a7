import { meContract, updateMeContract } from "@/lib/http/contracts/system";
import { handle } from "@/lib/http/handle";
import { setNumberFormat } from "@/lib/users/preferences";
import type { CurrentUser } from "@/lib/auth/types";

const PRIVATE = { "Cache-Control": "private, no-store" };

function visibleUser(user: CurrentUser) {
  const { sessionId: _session, apiTokenId: _token, ...visible } = user;
  return visible;
}

// GET /api/me – the signed-in user, their memberships and active organisation; 401 JSON when signed out
export const GET = handle(meContract, async ({ user }) => {
  return Response.json({ user: visibleUser(user) }, { headers: PRIVATE });
});

// PATCH /api/me – change one's own preferences (the number format); audited in each of the person's organisations
export const PATCH = handle(updateMeContract, async ({ user, body }) => {
  const numberFormat = await setNumberFormat({ userId: user.id, numberFormat: body.numberFormat });
  return Response.json({ user: { ...visibleUser(user), numberFormat } }, { headers: PRIVATE });
});
