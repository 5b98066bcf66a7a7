import type { ScenarioStatus } from "@/lib/domain/scenarios";

const STATUS_LABELS: Record<ScenarioStatus, string> = { draft: "Draft", active: "Active", archived: "Archived" };

/** Status as text in a coloured badge (the colour is decoration; the word carries the meaning). */
export function StatusBadge({ status }: { status: ScenarioStatus }) {
  return <span className={`badge badge-status badge-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function BaseCaseBadge() {
  return <span className="badge badge-base">Base case</span>;
}
