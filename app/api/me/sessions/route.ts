import { listSessionsContract, revokeSessionsContract } from "@/lib/http/contracts/account";
import { handle } from "@/lib/http/handle";
import { endMySessions, listMySessions } from "@/lib/users/sessions";

const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/me/sessions – where the caller is signed in
export const GET = handle(listSessionsContract, async ({ user }) => {
  const data = await listMySessions({ userId: user.id, currentSessionId: user.sessionId });
  return Response.json({ data }, { headers: PRIVATE });
});

// DELETE /api/me/sessions[?keepCurrent=true] – sign out everywhere (or everywhere else)
export const DELETE = handle(revokeSessionsContract, async ({ user, query }) => {
  const revoked = await endMySessions({ user, keepCurrent: query.keepCurrent });
  return Response.json({ revoked }, { headers: PRIVATE });
});
