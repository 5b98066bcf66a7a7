import styles from "./economics.module.css";

// The export route answers any member of the scenario's organisation (viewers included), so the links are shown to
// every role. Plain download links: no script, and "Save link as" works.

const CSV_PARTS = [
  { part: "summary", label: "Economic summary (CSV)" },
  { part: "annual", label: "Annual cash flow (CSV)" },
  { part: "sensitivity", label: "Sensitivities and break-evens (CSV)" },
] as const;

/** Download links for the workbook and each table as CSV. */
export function ExportLinks({ scenarioId }: { scenarioId: string }) {
  const base = `/api/scenarios/${encodeURIComponent(scenarioId)}/economics/export`;
  return (
    <ul className={styles.exportLinks}>
      <li>
        <a href={`${base}?format=xlsx`} download>
          Excel workbook (all tables)
        </a>
      </li>
      {CSV_PARTS.map(({ part, label }) => (
        <li key={part}>
          <a href={`${base}?format=csv&part=${part}`} download>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
