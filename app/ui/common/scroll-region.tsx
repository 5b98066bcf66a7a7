import type { ReactNode } from "react";
import tables from "./table.module.css";

// A table wider or taller than its box scrolls inside it. A keyboard user can scroll it only when the box can take
// focus, and a screen reader then needs a name for what took focus (WCAG 2.1.1; axe's scrollable-region-focusable,
// issue #15). The name says it scrolls, as the economics tables always did.

/** The table wrapper as a named, focusable region: `label` is the table's subject ("Opex items"). */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`${tables.wrap}${className ? ` ${className}` : ""}`} tabIndex={0} role="region" aria-label={`${label} (scrolls)`}>
      {children}
    </div>
  );
}
