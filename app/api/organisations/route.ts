import { createOrganisationContract } from "@/lib/http/contracts/organisations";
import { handle } from "@/lib/http/handle";
import { createOrganisation } from "@/lib/organisations";

// POST /api/organisations – create an organisation; the caller becomes its admin
export const POST = handle(createOrganisationContract, async ({ body, user }) => {
  const organisation = await createOrganisation({ userId: user.id, input: body });
  return Response.json(
    { data: organisation },
    { status: 201, headers: { Location: `/api/organisations/${organisation.id}` } },
  );
});
