import { getDb } from "@/db";
import { createProject, getProject, listProjectsPage } from "@/db/queries/projects";
import { createProjectContract, listProjectsContract } from "@/lib/http/contracts/projects";
import { invalidateAfterProjectWrite } from "@/lib/cache/invalidate-writes";
import { handle } from "@/lib/http/handle";

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET /api/projects – one page of the active organisation's projects (q, sort, order, page, pageSize)
export const GET = handle(listProjectsContract, async ({ query, user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const page = await listProjectsPage(await getDb(), { organisationId, query });
  return Response.json(page, { headers: NO_STORE });
});

// POST /api/projects – create a project in the active organisation (project_manager+)
export const POST = handle(createProjectContract, async ({ body, user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const db = await getDb();
  const created = await createProject(db, { actor: { organisationId, userId: user.id }, input: body });
  await invalidateAfterProjectWrite(organisationId);
  const project = await getProject(db, { organisationId, projectId: created.id });
  return Response.json({ project }, { status: 201, headers: { Location: `/api/projects/${created.id}` } });
});
