import Link from "next/link";
import { formatDuration, formatMoneyMillions, formatNumber, formatWhen } from "@/app/ui/format";
import type { OrganisationRunRow } from "@/lib/simulations/pages";
import { RunProgress, StatusBadge } from "./run-status";
import { SamplerCell } from "./sampler-cell";
import tables from "@/app/ui/common/table.module.css";
import styles from "./simulations.module.css";

/** The organisation's runs across projects: running ones first with their progress, then the most recent. */
export function OrganisationRunsTable({ runs }: { runs: OrganisationRunRow[] }) {
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.orgRuns}`}>
        <caption className="visually-hidden">Simulation runs of the organisation, running first, then newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Project / scenario</th>
            <th scope="col">Status</th>
            <th scope="col" className={tables.numeric}>Iterations</th>
            <th scope="col">Sampler and seed</th>
            <th scope="col" className={tables.numeric}>Duration</th>
            <th scope="col" className={tables.numeric}>P50 NPV (M)</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">
                <Link href={`/simulations/${run.id}`}>{formatWhen(run.createdAt)}</Link>
                <span className={styles.cellSub}>by {run.createdByName ?? "a removed user"}</span>
              </th>
              <td>
                <Link href={`/projects/${run.projectId}`}>{run.projectName}</Link>
                <span className={styles.cellSub}>
                  <Link href={`/projects/${run.projectId}/scenarios/${run.scenarioId}/simulations`}>{run.scenarioName}</Link>
                </span>
              </td>
              <td>
                <StatusBadge status={run.status} />
                {run.status === "running" || run.status === "queued" ? <RunProgress progress={run.progress} iterations={run.iterations} label={`Progress of the run of ${formatWhen(run.createdAt)}`} /> : null}
                {run.status === "failed" && run.errorMessage ? <span className={styles.cellNote}>{run.errorMessage}</span> : null}
              </td>
              <td className={`${tables.numeric} ${styles.numericCell}`}>{formatNumber(run.iterations, 0)}</td>
              <SamplerCell sampler={run.sampler} seed={run.seed} />
              <td className={`${tables.numeric} ${styles.numericCell}`}>{formatDuration(run.durationMs)}</td>
              <td className={`${tables.numeric} ${styles.numericCell}`}>{run.npvP50 === null ? "—" : formatMoneyMillions(run.npvP50, run.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
