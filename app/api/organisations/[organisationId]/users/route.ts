import { listMembers } from "@/lib/users/members";
import { listMembersContract } from "@/lib/http/contracts/users";
import { handle } from "@/lib/http/handle";

// The organisation named in the path is the resource: authorize() answers 404 to a non-member (its existence is
// never revealed) and 403 to a member below admin.

// GET /api/organisations/{organisationId}/users – list the organisation's members (search, filters, pagination)
export const GET = handle(listMembersContract, async ({ params, query, authorize }) => {
  authorize(params.organisationId);
  const page = await listMembers({ organisationId: params.organisationId, query });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});

// People join by invitation (…/invitations): no admin creates an account or chooses a password for someone.
