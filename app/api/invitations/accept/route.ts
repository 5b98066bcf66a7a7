import { acceptInvitationContract } from "@/lib/http/contracts/invitations";
import { handle } from "@/lib/http/handle";
import { acceptInvitation } from "@/lib/users/invitations";

// POST /api/invitations/accept – accept as the signed-in person, or as a new account with name and password
export const POST = handle(acceptInvitationContract, async ({ body, user }) => {
  const accepted = await acceptInvitation({ input: body, signedIn: user ? { id: user.id, email: user.email } : null });
  return Response.json(accepted);
});
