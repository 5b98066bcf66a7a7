import type { ReactNode } from "react";
import { ReportReady } from "./report-ready";
import { ReportToolbar } from "./report-toolbar";

/** The frame every report shares: title block, actions (screen only), body, and the ready mark for the PDF renderer. */
export function ReportFrame({
  title,
  subtitle,
  generatedAt,
  pdfHref,
  paper,
  children,
}: {
  title: string;
  subtitle: string;
  generatedAt: string;
  pdfHref: string;
  paper: "a4" | "letter";
  children: ReactNode;
}) {
  return (
    <article className="report" data-paper={paper}>
      <header className="report-header">
        <div>
          <p className="report-kicker">CalMiner report</p>
          <h1>{title}</h1>
          <p className="report-subtitle">{subtitle}</p>
          <p className="report-meta">Generated {generatedAt.slice(0, 16).replace("T", " ")} UTC</p>
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
    <section className="report-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
