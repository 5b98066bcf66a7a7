import { revokeApiTokenContract } from "@/lib/http/contracts/tokens";
import { handle } from "@/lib/http/handle";
import { revokeMyApiToken } from "@/lib/users/api-tokens";

// DELETE /api/me/tokens/{tokenId} – revoke one of the caller's API tokens; 404 for anyone else's
export const DELETE = handle(revokeApiTokenContract, async ({ user, params }) => {
  await revokeMyApiToken({ user, tokenId: params.tokenId });
  return new Response(null, { status: 204 });
});
