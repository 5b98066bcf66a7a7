import { removeMember, updateMember } from "@/lib/users/members";
import { removeMemberContract, updateMemberContract } from "@/lib/http/contracts/users";
import { notFound } from "@/lib/errors";
import { handle } from "@/lib/http/handle";

// The role check on the organisation comes before the member lookup, so a viewer cannot learn who is a member
// from 404-versus-403; a non-member of the organisation still gets 404 from authorize().

// PATCH /api/organisations/{organisationId}/users/{userId} – change a member's role or status
export const PATCH = handle(updateMemberContract, async ({ params, body, user, authorize }) => {
  authorize(params.organisationId);
  const member = await updateMember({
    organisationId: params.organisationId,
    actorUserId: user.id,
    userId: params.userId,
    changes: body,
  });
  if (!member) throw notFound("Member");
  return Response.json({ data: member });
});

// DELETE /api/organisations/{organisationId}/users/{userId} – remove a member from the organisation
export const DELETE = handle(removeMemberContract, async ({ params, user, authorize }) => {
  authorize(params.organisationId);
  const isRemoved = await removeMember({
    organisationId: params.organisationId,
    actorUserId: user.id,
    userId: params.userId,
  });
  if (!isRemoved) throw notFound("Member");
  return new Response(null, { status: 204 });
});
