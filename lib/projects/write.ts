import {
  countProjectScenarios,
  deleteProjectRow,
  findProjectRow,
  insertProject,
  toProjectDetail,
  updateProjectRow,
  type ProjectDetail,
} from "@/db/queries/projects";
import { isUniqueViolation } from "@/db/queries/pg-errors";
import { AppError } from "@/lib/errors";
import type { CreateProjectInput, UpdateProjectInput } from "@/lib/validation/project";
import { write } from "@/lib/writes";

// Project writes: one transaction each through lib/writes, audited there; the dashboards of the organisation are
// refreshed after commit because the audit rows are about a "project". The caller has checked access (lib/access).

/** Who writes: the organisation (the active one to create, the project's owner otherwise) and the user. */
export type ProjectActor = { organisationId: string; userId: string };

function projectNameTaken(name: string): AppError {
  return new AppError("PROJECT_NAME_TAKEN", `A project named "${name}" already exists`, {
    status: 409,
    fieldErrors: { name: ["is already used in this organisation"] },
  });
}

async function withProjectNameCheck<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "projects_organisation_id_name_unique")) throw projectNameTaken(name ?? "");
    throw error;
  }
}

function staleProject(): AppError {
  return new AppError("STALE_UPDATE", "The project was changed by someone else; reload it and try again");
}

/**
 * Creates a project in the actor's organisation, audited.
 * @returns the new project as the API shows it (no scenarios yet)
 * @throws AppError PROJECT_NAME_TAKEN (409)
 */
export async function createProject(actor: ProjectActor, input: CreateProjectInput): Promise<ProjectDetail> {
  return withProjectNameCheck(input.name, () =>
    write(actor, async (w) => {
      const created = await insertProject(w.tx, { values: { ...input, organisationId: actor.organisationId, createdBy: actor.userId } });
      await w.audit({ action: "create", entityType: "project", entityId: created.id, after: created });
      return toProjectDetail(created, 0);
    }),
  );
}

/**
 * Updates a project read at `input.version` (version + 1), audited.
 * @returns the updated project
 * @throws AppError STALE_UPDATE (409) when the version changed, PROJECT_NAME_TAKEN (409)
 */
export async function updateProject(actor: ProjectActor & { projectId: string }, input: UpdateProjectInput): Promise<ProjectDetail> {
  const { organisationId, projectId } = actor;
  const { version, ...changes } = input;
  return withProjectNameCheck(input.name, () =>
    write(actor, async (w) => {
      const before = await findProjectRow(w.tx, { organisationId, projectId });
      if (!before || before.version !== version) throw staleProject();
      const updated = await updateProjectRow(w.tx, { organisationId, projectId, version, changes });
      if (!updated) throw staleProject();
      await w.audit({ action: "update", entityType: "project", entityId: projectId, before, after: updated });
      return toProjectDetail(updated, await countProjectScenarios(w.tx, { projectId }));
    }),
  );
}

/** Deletes a project with its scenarios and their inputs (ON DELETE CASCADE), audited with the scenario count. */
export async function deleteProject(actor: ProjectActor & { projectId: string }): Promise<void> {
  const { organisationId, projectId } = actor;
  await write(actor, async (w) => {
    const before = await findProjectRow(w.tx, { organisationId, projectId });
    if (!before) return;
    const scenarioCount = await countProjectScenarios(w.tx, { projectId });
    await deleteProjectRow(w.tx, { organisationId, projectId });
    await w.audit({ action: "delete", entityType: "project", entityId: projectId, before: { ...before, scenarioCount } });
  });
}
