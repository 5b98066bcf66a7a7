import { createProjectContract, listProjectsContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { createProject, listProjectsPage } from "@/lib/projects";

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET /api/projects – one page of the active organisation's projects (q, sort, order, page, pageSize)
export const GET = handle(listProjectsContract, async ({ query, user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const page = await listProjectsPage({ organisationId, query });
  return Response.json(page, { headers: NO_STORE });
});

// POST /api/projects – create a project in the active organisation (project_manager+)
export const POST = handle(createProjectContract, async ({ body, user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const project = await createProject({ organisationId, userId: user.id }, body);
  return Response.json({ project }, { status: 201, headers: { Location: `/api/projects/${project.id}` } });
});
