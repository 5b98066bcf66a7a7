"use client";

import Link from "next/link";
import type { ScenarioNode } from "./tree";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./scenarios.module.css";

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

/** The selection for a comparison and the link to it (enabled for 2–6 scenarios). */
export function CompareBar({ projectId, selected, onClear }: { projectId: string; selected: ScenarioNode[]; onClear: () => void }) {
  const count = selected.length;
  const isReady = count >= MIN_COMPARE && count <= MAX_COMPARE;
  const href = `/projects/${projectId}/compare?ids=${selected.map((s) => s.id).join(",")}`;
  const summary =
    count === 0
      ? "No scenarios selected for comparison."
      : `${count} selected: ${selected.map((s) => s.name).join(", ")}${count >= MAX_COMPARE ? ` (at most ${MAX_COMPARE})` : ""}.`;
  return (
    <div className={styles.compareBar} role="group" aria-label="Comparison">
      <p aria-live="polite">{summary}</p>
      <div className={forms.actions}>
        {isReady ? (
          <Link href={href} className={`${buttons.button} ${buttons.primary} ${buttons.small}`}>
            Compare selected ({count})
          </Link>
        ) : (
          <button type="button" className={`${buttons.button} ${buttons.primary} ${buttons.small}`} disabled>
            Compare selected ({count})
          </button>
        )}
        {count > 0 ? (
          <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} onClick={onClear}>
            Clear selection
          </button>
        ) : null}
      </div>
    </div>
  );
}
