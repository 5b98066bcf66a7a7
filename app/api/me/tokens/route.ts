import { createApiTokenContract, listApiTokensContract } from "@/lib/http/contracts/tokens";
import { handle } from "@/lib/http/handle";
import { createMyApiToken, listMyApiTokens } from "@/lib/users/api-tokens";

// The token itself is in one answer only: nothing of this may be stored by a cache.
const PRIVATE = { "Cache-Control": "private, no-store" };

// GET /api/me/tokens – the caller's API tokens in the active organisation
export const GET = handle(listApiTokensContract, async ({ user }) => {
  const data = await listMyApiTokens({ user });
  return Response.json({ data }, { headers: PRIVATE });
});

// POST /api/me/tokens – create an API token; the answer shows it once
export const POST = handle(createApiTokenContract, async ({ user, body }) => {
  const created = await createMyApiToken({ user, input: body });
  return Response.json(created, { status: 201, headers: PRIVATE });
});
