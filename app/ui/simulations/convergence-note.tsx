import { describeConvergence } from "./convergence-outcome";
import type { RunResultsView } from "./types";
import alerts from "@/app/ui/common/alert.module.css";
import styles from "./simulations.module.css";

/** One sentence on the run's convergence auto-stop: where it stopped and why, or the figure it reached; nothing without one. */
export function ConvergenceNote({ results }: { results: RunResultsView }) {
  const { convergence } = results;
  if (!convergence) return null;
  const npv = results.metrics.find((metric) => metric.metric === "npv");
  return (
    <div className={`${alerts.alert} ${alerts.notice}`} role="note" aria-label="Convergence">
      <p className={styles.convergenceNote}>{describeConvergence(convergence, results.iterationsRun, npv)}</p>
    </div>
  );
}
