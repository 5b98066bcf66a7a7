import Link from "next/link";
import buttons from "@/app/ui/common/button.module.css";
import styles from "./report-link.module.css";

// The Economics tab's way to paper: the same figures in the report frame, printable and as a PDF (A4 or Letter).
// Every role may read reports, so the link is shown to all. UI cannot import lib/reports/paths.ts (a service), so
// the path is written here as ExportLinks writes its own; app/api/reports/[file]/route.test.ts checks it agrees.

/** The scenario economics report's page, as lib/reports/paths.ts economicsReportPath gives it. */
export function economicsReportHref(scenarioId: string): string {
  return `/reports/scenarios/${encodeURIComponent(scenarioId)}/economics`;
}

/** "Printable report": the scenario's economics report (print, Download PDF). Hidden when the tab itself is printed. */
export function EconomicsReportLink({ scenarioId }: { scenarioId: string }) {
  return (
    <Link href={economicsReportHref(scenarioId)} prefetch={false} className={`${buttons.button} ${buttons.secondary} ${buttons.small} ${styles.reportLink}`}>
      Printable report
    </Link>
  );
}
