import { formatCommodity, formatDate, formatOperationType, formatRatePct } from "@/app/ui/format";
import type { ProjectView } from "./types";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./projects.module.css";

/** The project's facts as a description list. */
export function ProjectDetails({ project }: { project: ProjectView }) {
  return (
    <section className={layout.panel} aria-labelledby="project-details-heading">
      <h2 id="project-details-heading">Details</h2>
      <dl className={styles.detailList}>
        <div>
          <dt>Location</dt>
          <dd>{project.location ?? "Not set"}</dd>
        </div>
        <div>
          <dt>Operation</dt>
          <dd>{formatOperationType(project.operationType)}</dd>
        </div>
        <div>
          <dt>Primary commodity</dt>
          <dd>{formatCommodity(project.primaryCommodity)}</dd>
        </div>
        <div>
          <dt>Currency</dt>
          <dd>{project.currency}</dd>
        </div>
        <div>
          <dt>Default discount rate</dt>
          <dd>{formatRatePct(project.defaultDiscountRatePct)}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{formatDate(project.updatedAt)}</dd>
        </div>
      </dl>
      {project.description ? <p className={styles.detailDescription}>{project.description}</p> : null}
    </section>
  );
}
