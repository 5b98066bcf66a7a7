import type { ProjectDetail, ProjectSummary } from "@/lib/projects";

/** One row of the organisation's project list, as db/queries/projects.ts returns it. */
export type ProjectListItem = ProjectSummary;

/** A project with everything its page and edit form show (and the version an update sends back). */
export type ProjectView = ProjectDetail;
