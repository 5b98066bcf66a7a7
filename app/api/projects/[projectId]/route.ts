import { deleteProjectContract, getProjectContract, updateProjectContract } from "@/lib/http/contracts/projects";
import { handle } from "@/lib/http/handle";
import { deleteProject, getProject, updateProject } from "@/lib/projects";

// GET /api/projects/{projectId} – one project of the caller's organisations
export const GET = handle(getProjectContract, async ({ params, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const project = await getProject({ organisationId, projectId });
  return Response.json({ project }, { headers: { "Cache-Control": "private, no-store" } });
});

// PATCH /api/projects/{projectId} – update a project read at `version` (409 STALE_UPDATE when it changed)
export const PATCH = handle(updateProjectContract, async ({ params, body, user, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  const project = await updateProject({ organisationId, userId: user.id, projectId }, body);
  return Response.json({ project });
});

// DELETE /api/projects/{projectId} – delete a project with its scenarios and inputs
export const DELETE = handle(deleteProjectContract, async ({ params, user, load }) => {
  const { organisationId, projectId } = await load("project", params.projectId);
  await deleteProject({ organisationId, userId: user.id, projectId });
  return new Response(null, { status: 204 });
});
