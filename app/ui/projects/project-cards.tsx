import Link from "next/link";
import { formatCommodity, formatOperationType, formatScenarioCount } from "./format";
import type { ProjectListItem } from "./types";

export function ProjectCards({ projects }: { projects: ProjectListItem[] }) {
  return (
    <ul className="card-grid" aria-label="Projects">
      {projects.map((project) => (
        <li key={project.id} className="card">
          <h3>
            <Link href={`/projects/${project.id}`}>{project.name}</Link>
          </h3>
          <p>
            <span className="badge">{formatCommodity(project.primaryCommodity)}</span>
          </p>
          <dl className="card-meta">
            <dt>Location</dt>
            <dd>{project.location ?? "Not set"}</dd>
            <dt>Operation</dt>
            <dd>{formatOperationType(project.operationType)}</dd>
            <dt>Scenarios</dt>
            <dd>{formatScenarioCount(project.scenarioCount)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
