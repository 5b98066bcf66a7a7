import Link from "next/link";
import { formatCommodity, formatOperationType, formatScenarioCount } from "@/app/ui/format";
import type { ProjectListItem } from "./types";
import badges from "@/app/ui/common/badge.module.css";
import layout from "@/app/ui/common/layout.module.css";

export function ProjectCards({ projects }: { projects: ProjectListItem[] }) {
  return (
    <ul className={layout.cardGrid} aria-label="Projects">
      {projects.map((project) => (
        <li key={project.id} className={layout.card}>
          <h3>
            <Link href={`/projects/${project.id}`}>{project.name}</Link>
          </h3>
          <p>
            <span className={badges.badge}>{formatCommodity(project.primaryCommodity)}</span>
          </p>
          <dl className={layout.pairs}>
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
