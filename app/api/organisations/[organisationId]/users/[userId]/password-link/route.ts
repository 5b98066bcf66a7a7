import { notFound } from "@/lib/errors";
import { memberResetLinkContract } from "@/lib/http/contracts/passwords";
import { handle } from "@/lib/http/handle";
import { issueMemberResetLink } from "@/lib/users/member-password";

// POST /api/organisations/{organisationId}/users/{userId}/password-link – a reset link for a member (admins)
export const POST = handle(memberResetLinkContract, async ({ params, user, authorize }) => {
  authorize(params.organisationId);
  const issued = await issueMemberResetLink({ organisationId: params.organisationId, actorUserId: user.id, userId: params.userId });
  if (!issued) throw notFound("Member");
  return Response.json({ ...issued, expiresAt: issued.expiresAt.toISOString() }, { status: 201 });
});
