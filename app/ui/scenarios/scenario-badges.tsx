import { SCENARIO_STATUS_LABELS as STATUS_LABELS, type ScenarioStatus } from "@/lib/domain/scenarios";
import badges from "@/app/ui/common/badge.module.css";


/** Status as text in a coloured badge (the colour is decoration; the word carries the meaning). */
export function StatusBadge({ status }: { status: ScenarioStatus }) {
  return <span className={`${badges.badge} ${badges[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function BaseCaseBadge() {
  return (
    <span className={`${badges.badge} ${badges.brand}`} data-testid="base-case-badge">
      Base case
    </span>
  );
}
