import type { PlausibilityWarning } from "@/lib/domain/plausibility";
import alerts from "@/app/ui/common/alert.module.css";
import styles from "./plausibility-notice.module.css";

type Props = {
  warnings: readonly PlausibilityWarning[];
  /** Unique on the page: the heading's id names the section. */
  headingId?: string;
  /** Extra classes, e.g. a report's section class so it prints like the other sections. */
  className?: string;
};

/**
 * Values a reviewer would question (lib/scenarios/plausibility.ts): a warning box, server-rendered, the same in
 * the scenario editor and the economics report. Nothing at all when there are no warnings.
 */
export function PlausibilityNotice({ warnings, headingId = "plausibility-heading", className }: Props) {
  if (warnings.length === 0) return null;
  const classes = [alerts.alert, alerts.warning, styles.notice, className].filter(Boolean).join(" ");
  return (
    <section aria-labelledby={headingId} className={classes}>
      <h2 id={headingId}>Values a reviewer would question</h2>
      <p>Warnings, not errors: the model uses these values as entered.</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${warning.field}-${warning.rowRef ?? ""}-${index}`}>{warning.message}</li>
        ))}
      </ul>
    </section>
  );
}
