import { notFound } from "@/lib/errors";
import { revokeInvitationContract } from "@/lib/http/contracts/invitations";
import { handle } from "@/lib/http/handle";
import { revokeInvitation } from "@/lib/users/invitations";

// DELETE /api/organisations/{organisationId}/invitations/{invitationId} – withdraw a pending invitation (admins)
export const DELETE = handle(revokeInvitationContract, async ({ params, user, authorize }) => {
  authorize(params.organisationId);
  const isRevoked = await revokeInvitation({ organisationId: params.organisationId, actorUserId: user.id, invitationId: params.invitationId });
  if (!isRevoked) throw notFound("Invitation");
  return new Response(null, { status: 204 });
});
