import type { FieldChange } from "@/lib/audit-log";
import { EMPTY } from "@/app/ui/format";
import styles from "./audit.module.css";

/** How many changes show before the rest fold away (a deleted project lists every field it had). */
const VISIBLE_CHANGES = 6;

function Side({ value, missing }: { value: string | undefined; missing: string }) {
  return value === undefined ? <span className={styles.none}>{missing}</span> : <span className={styles.value}>{value}</span>;
}

function ChangeItem({ change }: { change: FieldChange }) {
  return (
    <li>
      <span className={styles.field}>{change.field}</span>:{" "}
      <Side value={change.before} missing="not set" /> <span className={styles.arrow}>→</span>{" "}
      <Side value={change.after} missing="removed" />
    </li>
  );
}

/** Before → after of each field the row changed; values arrive compact and redacted (lib/audit-log/diff.ts). */
export function AuditChanges({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return <span className={styles.none}>{EMPTY}</span>;
  const shown = changes.slice(0, VISIBLE_CHANGES);
  const folded = changes.slice(VISIBLE_CHANGES);
  return (
    <>
      <ul className={styles.changeList}>
        {shown.map((change) => (
          <ChangeItem key={change.field} change={change} />
        ))}
      </ul>
      {folded.length > 0 ? (
        <details className={styles.more}>
          <summary>{folded.length} more field{folded.length === 1 ? "" : "s"}</summary>
          <ul className={styles.changeList}>
            {folded.map((change) => (
              <ChangeItem key={change.field} change={change} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
