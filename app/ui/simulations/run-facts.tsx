import { formatDuration, formatNumber, formatSampler, formatWhen } from "@/app/ui/format";
import { StatusBadge } from "./run-status";
import type { RunResultsView, RunSummaryView } from "./types";
import styles from "./simulations.module.css";

/** "100,000", or "20,000 of 100,000" once a run has stopped early. */
function iterationsText(run: RunSummaryView & { results?: RunResultsView | null }): string {
  const done = run.results?.iterationsRun;
  return done !== undefined && done !== run.iterations ? `${formatNumber(done, 0)} of ${formatNumber(run.iterations, 0)}` : formatNumber(run.iterations, 0);
}

/** What makes the run reproducible and how it went: seed, sampler, iterations, inputs hash, engine, timings. */
export function RunFacts({ run }: { run: RunSummaryView & { results?: RunResultsView | null } }) {
  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Status", value: <StatusBadge status={run.status} /> },
    { label: "Iterations", value: iterationsText(run) },
    { label: "Sampler", value: formatSampler(run.sampler) },
    { label: "Seed", value: <span className={styles.mono}>{run.seed}</span> },
    { label: "Started by", value: run.createdByName ?? "—" },
    { label: "Created", value: formatWhen(run.createdAt) },
    { label: "Duration", value: formatDuration(run.durationMs) },
    { label: "Inputs hash", value: run.inputHash ? <span className={styles.mono} title={run.inputHash}>{run.inputHash.slice(0, 12)}…</span> : "—" },
    { label: "Engine version", value: run.engineVersion ?? "—" },
  ];
  return (
    <dl className={styles.facts} aria-label="Run details">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
