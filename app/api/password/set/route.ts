import { setPasswordContract } from "@/lib/http/contracts/passwords";
import { handle } from "@/lib/http/handle";
import { setPasswordWithLink } from "@/lib/users/passwords";

// POST /api/password/set – set a password through a single-use link; every session of the account ends
export const POST = handle(setPasswordContract, async ({ body }) => {
  return Response.json(await setPasswordWithLink(body));
});
