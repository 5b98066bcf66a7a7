// The projects service: what routes and pages call to read and change projects.
export {
  findProject,
  getProject,
  getProjectView,
  listProjects,
  listProjectsPage,
  type ProjectDetail,
  type ProjectListQuery,
  type ProjectPage,
  type ProjectScope,
  type ProjectSummary,
  type ProjectView,
} from "./read";
export { createProject, deleteProject, updateProject, type ProjectActor } from "./write";
