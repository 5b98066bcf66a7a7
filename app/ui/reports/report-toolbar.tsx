"use client";

/** Print and PDF download (A4 or Letter); hidden on paper. */
export function ReportToolbar({ pdfHref }: { pdfHref: string }) {
  const join = pdfHref.includes("?") ? "&" : "?";
  return (
    <div className="report-toolbar" role="toolbar" aria-label="Report actions">
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        Print
      </button>
      <a className="button button-primary" href={`${pdfHref}${join}paper=a4`} download>
        Download PDF (A4)
      </a>
      <a className="button button-secondary" href={`${pdfHref}${join}paper=letter`} download>
        Download PDF (Letter)
      </a>
    </div>
  );
}
