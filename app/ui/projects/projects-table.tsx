import { formatCommodity, formatDate, formatOperationType } from "./format";
import type { ProjectListItem } from "./types";

export function ProjectsTable({ projects, organisationName }: { projects: ProjectListItem[]; organisationName: string }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {projects.length} project{projects.length === 1 ? "" : "s"} in {organisationName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Commodity</th>
            <th scope="col">Operation</th>
            <th scope="col">Location</th>
            <th scope="col">Currency</th>
            <th scope="col" className="numeric">
              Scenarios
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row">{project.name}</th>
              <td>{formatCommodity(project.primaryCommodity)}</td>
              <td>{formatOperationType(project.operationType)}</td>
              <td>{project.location ?? "—"}</td>
              <td>{project.currency}</td>
              <td className="numeric">{project.scenarioCount}</td>
              <td>{formatDate(project.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
