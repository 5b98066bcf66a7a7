import type { ReactNode } from "react";
import type { ReportCover } from "@/lib/reports/cover";
import { ReportCoverFacts } from "./report-cover";
import { ReportReady } from "./report-ready";
import { ReportToolbar } from "./report-toolbar";
import styles from "./reports.module.css";

/**
 * The frame every report shares: title block with the cover facts (on paper the whole first page), actions (screen
 * only), body, and the ready mark for the PDF renderer.
 */
export function ReportFrame({
  title,
  subtitle,
  cover,
  pdfHref,
  paper,
  children,
}: {
  title: string;
  subtitle: string;
  cover: ReportCover;
  pdfHref: string;
  paper: "a4" | "letter";
  children: ReactNode;
}) {
  return (
    <article className={styles.report} data-paper={paper}>
      <header className={styles.header}>
        <div>
          <p className={styles.kicker}>CalMiner report</p>
          <h1>{title}</h1>
          <p className={styles.subtitle}>{subtitle}</p>
          <ReportCoverFacts cover={cover} />
        </div>
        <ReportToolbar pdfHref={pdfHref} />
      </header>
      {children}
      <ReportReady />
    </article>
  );
}

/** A report section that starts a block of its own on paper. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
