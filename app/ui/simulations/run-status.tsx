import { formatProgress, formatStatus } from "./format-run";
import type { RunStatus } from "./types";

export function StatusBadge({ status }: { status: RunStatus }) {
  return <span className={`badge sim-status sim-status-${status}`}>{formatStatus(status)}</span>;
}

/** The progress bar of a run: a real progressbar (value, text) so screen readers hear "42 % — 42,000 of …". */
export function RunProgress({ progress, iterations, label = "Simulation progress" }: { progress: number; iterations: number; label?: string }) {
  const percent = Math.floor(Math.min(1, Math.max(0, progress)) * 100);
  const text = formatProgress(progress, iterations);
  return (
    <div className="sim-progress">
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text} className="sim-progress-track">
        <div className="sim-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="sim-progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
