import styles from "./simulations.module.css";

// A finished run's results leave as files (issue #15): GET /api/simulations/{runId}/export answers analysts and
// above, so the page shows these links only to them (a viewer is never offered a link that answers 403). Plain
// download links: no script, and "Save link as" works; the route streams, so a large run's samples download as
// they are read.

const CSV_PARTS = [
  { part: "statistics", label: "Statistics (CSV)" },
  { part: "percentiles", label: "Percentiles (CSV)" },
  { part: "histogram", label: "Histogram (CSV)" },
] as const;

/** Download links for a succeeded run: the workbook, each table as CSV, and every iteration's values when kept. */
export function RunExportLinks({ runId, hasSamples }: { runId: string; hasSamples: boolean }) {
  const base = `/api/simulations/${encodeURIComponent(runId)}/export`;
  return (
    <section className={styles.exports} aria-labelledby={`export-${runId}`}>
      <h2 id={`export-${runId}`}>Export results</h2>
      <ul>
        <li>
          <a href={`${base}?format=xlsx`} download>
            Excel workbook (every table{hasSamples ? ", iteration samples included" : ""})
          </a>
        </li>
        {CSV_PARTS.map(({ part, label }) => (
          <li key={part}>
            <a href={`${base}?format=csv&part=${part}`} download>
              {label}
            </a>
          </li>
        ))}
        {hasSamples ? (
          <li>
            <a href={`${base}?format=csv&part=samples`} download>
              Iteration samples (CSV)
            </a>
          </li>
        ) : null}
      </ul>
      {hasSamples ? null : <p className={styles.exportNote}>Iteration samples were not kept for this run: tick &ldquo;Keep every iteration&apos;s values&rdquo; when you run it to export them.</p>}
    </section>
  );
}
