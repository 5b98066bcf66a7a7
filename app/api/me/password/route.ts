import { changePasswordContract } from "@/lib/http/contracts/passwords";
import { handle } from "@/lib/http/handle";
import { changePassword } from "@/lib/users/passwords";

// POST /api/me/password – change one's own password (the current one required); other sessions end
export const POST = handle(changePasswordContract, async ({ user, body }) => {
  await changePassword({ userId: user.id, sessionId: user.sessionId, input: body });
  return new Response(null, { status: 204 });
});
