import { inviteMemberContract, listInvitationsContract } from "@/lib/http/contracts/invitations";
import { handle } from "@/lib/http/handle";
import { inviteMember, listInvitations } from "@/lib/users/invitations";

// GET /api/organisations/{organisationId}/invitations – pending invitations (admins)
export const GET = handle(listInvitationsContract, async ({ params, authorize }) => {
  authorize(params.organisationId);
  return Response.json({ data: await listInvitations({ organisationId: params.organisationId }) }, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/organisations/{organisationId}/invitations – invite an email with a role (admins)
export const POST = handle(inviteMemberContract, async ({ params, body, user, authorize }) => {
  const organisation = authorize(params.organisationId);
  const issued = await inviteMember({
    organisationId: params.organisationId,
    organisationName: organisation.organisationName,
    actorUserId: user.id,
    actorName: user.name,
    input: body,
  });
  return Response.json({ data: issued.invitation, emailed: issued.emailed, path: issued.path }, { status: 201 });
});
