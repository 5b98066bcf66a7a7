import { formatNumber } from "@/app/ui/format/number";
import type { RunStatus, Sampler } from "./types";

const SAMPLER_LABELS: Record<Sampler, string> = { monte_carlo: "Monte Carlo", latin_hypercube: "Latin hypercube" };
const STATUS_LABELS: Record<RunStatus, string> = { queued: "Queued", running: "Running", succeeded: "Succeeded", failed: "Failed", cancelled: "Cancelled" };

export function formatSampler(sampler: Sampler): string {
  return SAMPLER_LABELS[sampler];
}

export function formatStatus(status: RunStatus): string {
  return STATUS_LABELS[status];
}

/** 850 → "0.85 s", 61000 → "1 min 1 s". */
export function formatDuration(durationMs: number | null): string {
  if (durationMs === null || !Number.isFinite(durationMs)) return "—";
  if (durationMs < 60_000) return `${formatNumber(durationMs / 1000, durationMs < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(durationMs / 60_000);
  return `${minutes} min ${Math.round((durationMs % 60_000) / 1000)} s`;
}

const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "27 Nov 2026, 09:14 UTC": the same text on the server and in the browser (no hydration mismatch). */
export function formatWhen(iso: string | Date): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return Number.isNaN(date.getTime()) ? "—" : `${DATE_TIME.format(date)} UTC`;
}

/** "42 % — 42,000 of 100,000 iterations". */
export function formatProgress(progress: number, iterations: number): string {
  const share = Math.min(1, Math.max(0, progress));
  return `${Math.floor(share * 100)} % — ${formatNumber(Math.floor(share * iterations), 0)} of ${formatNumber(iterations, 0)} iterations`;
}
