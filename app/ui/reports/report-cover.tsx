import { formatTimestamp } from "@/app/ui/format";
import type { ReportCover } from "@/lib/reports/cover";
import styles from "./report-cover.module.css";

/**
 * The report's cover facts: project, scenario, date, author, conventions and run manifest hashes. On screen a
 * compact block under the title; on paper the title page (the frame's header breaks the page after it).
 */
export function ReportCoverFacts({ cover }: { cover: ReportCover }) {
  const facts: { label: string; value: string; isHash?: boolean }[] = [
    { label: "Project", value: cover.project },
    ...(cover.scenario ? [{ label: "Scenario", value: cover.scenario }] : []),
    { label: "Report date", value: formatTimestamp(cover.reportDate) },
    { label: "Author", value: cover.author },
    ...cover.conventions,
  ];
  return (
    <div className={styles.cover} data-report-cover>
      <dl className={styles.facts} aria-label="Report details">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {cover.manifestHashes.length > 0 ? (
        <dl className={styles.hashes} aria-label="Run manifest hashes">
          {cover.manifestHashes.map((fact) => (
            <div key={fact.label}>
              <dt>Manifest hash · {fact.label}</dt>
              <dd>
                <code>{fact.value}</code>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
