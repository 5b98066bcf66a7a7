"use client";


import buttons from "@/app/ui/common/button.module.css";
import styles from "./reports.module.css";

/** Print and PDF download (A4 or Letter); hidden on paper. */
export function ReportToolbar({ pdfHref }: { pdfHref: string }) {
  const join = pdfHref.includes("?") ? "&" : "?";
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Report actions">
      <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={() => window.print()}>
        Print
      </button>
      <a className={`${buttons.button} ${buttons.primary}`} href={`${pdfHref}${join}paper=a4`} download>
        Download PDF (A4)
      </a>
      <a className={`${buttons.button} ${buttons.secondary}`} href={`${pdfHref}${join}paper=letter`} download>
        Download PDF (Letter)
      </a>
    </div>
  );
}
