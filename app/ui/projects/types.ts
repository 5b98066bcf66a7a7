import type { listProjects } from "@/db/queries/projects";

/** One row of the organisation's project list, as db/queries/projects.ts returns it. */
export type ProjectListItem = Awaited<ReturnType<typeof listProjects>>[number];
