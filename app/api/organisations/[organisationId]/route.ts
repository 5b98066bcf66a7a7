import { getOrganisationContract, updateOrganisationContract } from "@/lib/http/contracts/organisations";
import { handle } from "@/lib/http/handle";
import { getOrganisationSettings, updateOrganisationSettings } from "@/lib/organisations";
import { notFound } from "@/lib/errors";

// The organisation named in the path is the resource: authorize() answers 404 to a non-member (its existence is
// never revealed) and 403 to a member below the contract's role.

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET /api/organisations/{organisationId} – the organisation's settings (any member)
export const GET = handle(getOrganisationContract, async ({ params, authorize }) => {
  authorize(params.organisationId);
  const organisation = await getOrganisationSettings({ organisationId: params.organisationId });
  if (!organisation) throw notFound("Organisation");
  return Response.json({ data: organisation }, { headers: NO_STORE });
});

// PATCH /api/organisations/{organisationId} – change its name or its new projects' defaults (admins; last write wins)
export const PATCH = handle(updateOrganisationContract, async ({ params, body, user, authorize }) => {
  authorize(params.organisationId);
  const organisation = await updateOrganisationSettings({
    organisationId: params.organisationId,
    actorUserId: user.id,
    changes: body,
  });
  if (!organisation) throw notFound("Organisation");
  return Response.json({ data: organisation }, { headers: NO_STORE });
});
