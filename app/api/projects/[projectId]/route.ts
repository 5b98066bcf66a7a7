import { getDb } from "@/db";
import { deleteProject, getProject, updateProject } from "@/db/queries/projects";
import { deleteProjectContract, getProjectContract, updateProjectContract } from "@/lib/http/contracts/projects";
import { invalidateAfterProjectWrite } from "@/lib/cache/invalidate-writes";
import { handle } from "@/lib/http/handle";
import { requireProject } from "@/lib/scenario/access";

// GET /api/projects/{projectId} – one project of the caller's organisations
export const GET = handle(getProjectContract, async ({ params, user, authorize }) => {
  const project = await requireProject(await getDb(), user, params.projectId);
  authorize(project.organisationId);
  const { organisationId: _org, ...body } = project;
  return Response.json({ project: body }, { headers: { "Cache-Control": "private, no-store" } });
});

// PATCH /api/projects/{projectId} – update a project read at `version` (409 STALE_UPDATE when it changed)
export const PATCH = handle(updateProjectContract, async ({ params, body, user, authorize }) => {
  const db = await getDb();
  const { organisationId } = await requireProject(db, user, params.projectId);
  authorize(organisationId);
  await updateProject(db, { actor: { organisationId, userId: user.id }, projectId: params.projectId, input: body });
  await invalidateAfterProjectWrite(organisationId);
  return Response.json({ project: await getProject(db, { organisationId, projectId: params.projectId }) });
});

// DELETE /api/projects/{projectId} – delete a project with its scenarios and inputs
export const DELETE = handle(deleteProjectContract, async ({ params, user, authorize }) => {
  const db = await getDb();
  const { organisationId } = await requireProject(db, user, params.projectId);
  authorize(organisationId);
  await deleteProject(db, { actor: { organisationId, userId: user.id }, projectId: params.projectId });
  await invalidateAfterProjectWrite(organisationId);
  return new Response(null, { status: 204 });
});
