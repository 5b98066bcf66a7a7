import type { GridRowOrigin } from "./types";
import styles from "./grid.module.css";

/** Rows and settings show it in narrow cells and field hints, where its text wraps. */
const BADGE = `${styles.originBadge} ${styles.wrapping}`;

/** A text badge for where a row's values come from (never colour alone). */
export function OriginBadge({ origin, sourceName, isUnsaved }: { origin: GridRowOrigin; sourceName?: string; isUnsaved?: boolean }) {
  if (origin === "inherited") return <span className={`${BADGE} ${styles.inherited}`}>inherited from {sourceName ?? "the parent"}</span>;
  if (origin === "overridden") return <span className={`${BADGE} ${styles.overridden}`}>{isUnsaved ? "overridden (unsaved)" : "overridden"}</span>;
  if (origin === "new") return <span className={`${BADGE} ${styles.new}`}>new</span>;
  return null;
}
