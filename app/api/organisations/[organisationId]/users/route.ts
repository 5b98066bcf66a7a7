import { addMember, listMembers } from "@/lib/users/members";
import { addMemberContract, listMembersContract } from "@/lib/http/contracts/users";
import { handle } from "@/lib/http/handle";

// The organisation named in the path is the resource: authorize() answers 404 to a non-member (its existence is
// never revealed) and 403 to a member below admin.

// GET /api/organisations/{organisationId}/users – list the organisation's members (search, filters, pagination)
export const GET = handle(listMembersContract, async ({ params, query, authorize }) => {
  authorize(params.organisationId);
  const page = await listMembers({ organisationId: params.organisationId, query });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/organisations/{organisationId}/users – create a user in the organisation or add an existing one by email
export const POST = handle(addMemberContract, async ({ params, body, user, authorize }) => {
  authorize(params.organisationId);
  const member = await addMember({ organisationId: params.organisationId, actorUserId: user.id, input: body });
  const location = `/api/organisations/${params.organisationId}/users/${member.id}`;
  return Response.json({ data: member }, { status: 201, headers: { Location: location } });
});
