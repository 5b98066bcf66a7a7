import Link from "next/link";
import { formatMoneyMillions, formatNumber } from "@/app/ui/format/number";
import type { OrganisationRunRow } from "@/db/queries/pages/simulations";
import { formatDuration, formatWhen } from "./format-run";
import { RunProgress, StatusBadge } from "./run-status";
import { SamplerCell } from "./sampler-cell";

/** The organisation's runs across projects: running ones first with their progress, then the most recent. */
export function OrganisationRunsTable({ runs }: { runs: OrganisationRunRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table sim-org-runs">
        <caption className="visually-hidden">Simulation runs of the organisation, running first, then newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Project / scenario</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">Iterations</th>
            <th scope="col">Sampler and seed</th>
            <th scope="col" className="numeric">Duration</th>
            <th scope="col" className="numeric">P50 NPV (M)</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">
                <Link href={`/simulations/${run.id}`}>{formatWhen(run.createdAt)}</Link>
                <span className="sim-cell-sub">by {run.createdByName ?? "a removed user"}</span>
              </th>
              <td>
                <Link href={`/projects/${run.projectId}`}>{run.projectName}</Link>
                <span className="sim-cell-sub">
                  <Link href={`/projects/${run.projectId}/scenarios/${run.scenarioId}/simulations`}>{run.scenarioName}</Link>
                </span>
              </td>
              <td className="sim-status-cell">
                <StatusBadge status={run.status} />
                {run.status === "running" || run.status === "queued" ? <RunProgress progress={run.progress} iterations={run.iterations} label={`Progress of the run of ${formatWhen(run.createdAt)}`} /> : null}
                {run.status === "failed" && run.errorMessage ? <span className="sim-cell-note">{run.errorMessage}</span> : null}
              </td>
              <td className="numeric">{formatNumber(run.iterations, 0)}</td>
              <SamplerCell sampler={run.sampler} seed={run.seed} />
              <td className="numeric">{formatDuration(run.durationMs)}</td>
              <td className="numeric">{run.npvP50 === null ? "—" : formatMoneyMillions(run.npvP50, run.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
