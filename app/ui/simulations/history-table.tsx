"use client";

import { useState } from "react";
import Link from "next/link";
import { formatMoneyMillions, formatNumber, formatRatioAsPercent } from "@/app/ui/format/number";
import { formatDuration, formatWhen } from "./format-run";
import { StatusBadge } from "./run-status";
import { SamplerCell } from "./sampler-cell";
import type { RunSummaryView } from "./types";

type HistoryTableProps = { runs: RunSummaryView[]; currency: string };

function compareHref(ids: readonly string[]): string {
  return `/simulations/compare?a=${ids[0] ?? ""}&b=${ids[1] ?? ""}`;
}

/** A scenario's runs, newest first; tick two succeeded runs to compare their distributions. */
export function HistoryTable({ runs, currency }: HistoryTableProps) {
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, isChecked: boolean) => setSelected((current) => (isChecked ? [...current.filter((item) => item !== id), id].slice(-2) : current.filter((item) => item !== id)));
  return (
    <div className="sim-history">
      <div className="sim-compare-bar" role="group" aria-label="Compare runs">
        <p className="muted">{selected.length === 2 ? "2 runs selected." : `Select two succeeded runs to compare (${selected.length} selected).`}</p>
        {selected.length === 2 ? (
          <Link className="button button-primary button-small" href={compareHref(selected)}>
            Compare selected runs
          </Link>
        ) : (
          <button type="button" className="button button-secondary button-small" disabled>
            Compare selected runs
          </button>
        )}
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Simulation runs of this scenario, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">When and who</th>
              <th scope="col" className="numeric">Iterations</th>
              <th scope="col">Sampler and seed</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">Duration</th>
              <th scope="col" className="numeric">P50 NPV ({currency} M)</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const when = formatWhen(run.createdAt);
              return (
                <tr key={run.id}>
                  <td>
                    <input type="checkbox" aria-label={`Compare the run of ${when} (seed ${run.seed})`} disabled={run.status !== "succeeded"} checked={selected.includes(run.id)} onChange={(event) => toggle(run.id, event.target.checked)} />
                  </td>
                  <th scope="row">
                    <Link href={`/simulations/${run.id}`}>{when}</Link>
                    <span className="sim-cell-sub">by {run.createdByName ?? "a removed user"}</span>
                  </th>
                  <td className="numeric">{formatNumber(run.iterations, 0)}</td>
                  <SamplerCell sampler={run.sampler} seed={run.seed} />
                  <td>
                    <StatusBadge status={run.status} />
                    {run.status === "running" ? <span className="muted"> {formatRatioAsPercent(run.progress, 0)}</span> : null}
                  </td>
                  <td className="numeric">{formatDuration(run.durationMs)}</td>
                  <td className="numeric">{run.npvP50 === null ? "—" : formatMoneyMillions(run.npvP50, currency)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
