"use client";

import { useState } from "react";
import Link from "next/link";
import { formatDuration, formatWhen } from "@/app/ui/format";
import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import { StatusBadge } from "./run-status";
import { SamplerCell } from "./sampler-cell";
import type { RunSummaryView } from "./types";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./simulations.module.css";

type HistoryTableProps = { runs: RunSummaryView[]; currency: string };

function compareHref(ids: readonly string[]): string {
  return `/simulations/compare?a=${ids[0] ?? ""}&b=${ids[1] ?? ""}`;
}

/** A scenario's runs, newest first; tick two succeeded runs to compare their distributions. */
export function HistoryTable({ runs, currency }: HistoryTableProps) {
  const show = useNumberDisplay();
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string, isChecked: boolean) => setSelected((current) => (isChecked ? [...current.filter((item) => item !== id), id].slice(-2) : current.filter((item) => item !== id)));
  return (
    <div className={styles.history}>
      <div className={styles.compareBar} role="group" aria-label="Compare runs">
        <p className={layout.muted}>{selected.length === 2 ? "2 runs selected." : `Select two succeeded runs to compare (${selected.length} selected).`}</p>
        {selected.length === 2 ? (
          <Link className={`${buttons.button} ${buttons.primary} ${buttons.small}`} href={compareHref(selected)}>
            Compare selected runs
          </Link>
        ) : (
          <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} disabled>
            Compare selected runs
          </button>
        )}
      </div>
      <div className={tables.wrap}>
        <table className={tables.table}>
          <caption className="visually-hidden">Simulation runs of this scenario, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">When and who</th>
              <th scope="col" className={tables.numeric}>Iterations</th>
              <th scope="col">Sampler and seed</th>
              <th scope="col">Status</th>
              <th scope="col" className={tables.numeric}>Duration</th>
              <th scope="col" className={tables.numeric}>P50 NPV ({currency} M)</th>
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
                    <span className={styles.cellSub}>by {run.createdByName ?? "a removed user"}</span>
                  </th>
                  <td className={tables.numeric}>{show.number(run.iterations, 0)}</td>
                  <SamplerCell sampler={run.sampler} seed={run.seed} />
                  <td>
                    <StatusBadge status={run.status} />
                    {run.status === "running" ? <span className={layout.muted}> {show.ratioAsPercent(run.progress, 0)}</span> : null}
                  </td>
                  <td className={tables.numeric}>{formatDuration(run.durationMs)}</td>
                  <td className={tables.numeric}>{run.npvP50 === null ? "—" : show.moneyMillions(run.npvP50, currency)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
