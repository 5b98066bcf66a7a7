import type { ProjectView } from "./types";
import { formatCommodity, formatDate, formatOperationType } from "./format";

const RATE = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** The project's facts as a description list. */
export function ProjectDetails({ project }: { project: ProjectView }) {
  return (
    <section className="panel" aria-labelledby="project-details-heading">
      <h2 id="project-details-heading">Details</h2>
      <dl className="detail-list">
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
          <dd>{RATE.format(project.defaultDiscountRatePct)} %</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{formatDate(project.updatedAt)}</dd>
        </div>
      </dl>
      {project.description ? <p className="detail-description">{project.description}</p> : null}
    </section>
  );
}
