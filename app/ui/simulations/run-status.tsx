import { formatProgress, formatRunStatus } from "@/app/ui/format";
import type { RunStatus } from "./types";
import badges from "@/app/ui/common/badge.module.css";
import styles from "./simulations.module.css";

export function StatusBadge({ status }: { status: RunStatus }) {
  return <span className={`${badges.badge} ${badges.runStatus} ${badges[status]}`}>{formatRunStatus(status)}</span>;
}

type RunProgressProps = {
  progress: number;
  iterations: number;
  label?: string;
  /** Replaces "42 % — 42,000 of …" (a run that stopped early). */
  text?: string;
};

/** The progress bar of a run: a real progressbar (value, text) so screen readers hear "42 % — 42,000 of …". */
export function RunProgress({ progress, iterations, label = "Simulation progress", text = formatProgress(progress, iterations) }: RunProgressProps) {
  const percent = Math.floor(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <div className={styles.progress}>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text} className={styles.progressTrack}>
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.progressText} aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
