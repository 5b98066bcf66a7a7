import type { AuditLogEntry } from "@/lib/audit-log";
import { formatAuditAction, formatAuditEntityType, formatWhen } from "@/app/ui/format";
import { AuditChanges } from "./audit-changes";
import tables from "@/app/ui/common/table.module.css";
import styles from "./audit.module.css";

function Who({ entry }: { entry: AuditLogEntry }) {
  if (!entry.actor) return <>{entry.actorKind === "unknown" ? "Unknown person" : "System"}</>;
  return (
    <>
      {entry.actor.name}
      <span className={styles.secondary}>{entry.actor.email}</span>
    </>
  );
}

/** The organisation's audit entries, newest first: when, who, what, which record, and before → after. */
export function AuditTable({ entries, caption }: { entries: readonly AuditLogEntry[]; caption: string }) {
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.auditTable}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Record</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.createdAt.toISOString()}>{formatWhen(entry.createdAt)}</time>
              </td>
              <td>
                <Who entry={entry} />
              </td>
              <td>{formatAuditAction(entry.action)}</td>
              <td className={styles.record}>
                {formatAuditEntityType(entry.entityType)}
                {entry.recordName ? <span className={styles.secondary}>{entry.recordName}</span> : null}
              </td>
              <td className={styles.changes}>
                <AuditChanges changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
