import { revokeSessionContract } from "@/lib/http/contracts/account";
import { handle } from "@/lib/http/handle";
import { endMySession } from "@/lib/users/sessions";

// DELETE /api/me/sessions/{sessionId} – end one of the caller's sessions; 404 for anyone else's
export const DELETE = handle(revokeSessionContract, async ({ user, params }) => {
  await endMySession({ user, sessionId: params.sessionId });
  return new Response(null, { status: 204 });
});
