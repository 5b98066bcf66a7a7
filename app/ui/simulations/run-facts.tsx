import { formatDuration, formatNumber, formatSampler, formatWhen } from "@/app/ui/format";
import { StatusBadge } from "./run-status";
import type { RunSummaryView } from "./types";
import styles from "./simulations.module.css";

/** What makes the run reproducible and how it went: seed, sampler, iterations, inputs hash, engine, timings. */
export function RunFacts({ run }: { run: RunSummaryView }) {
  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Status", value: <StatusBadge status={run.status} /> },
    { label: "Iterations", value: formatNumber(run.iterations, 0) },
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
