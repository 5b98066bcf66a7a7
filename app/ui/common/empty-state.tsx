import type { ReactNode } from "react";
import emptyStates from "./empty-state.module.css";

/** An honest empty state: what will appear here and, when known, how to get it there. */
export function EmptyState({ title, children, headingLevel = 2 }: { title: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={emptyStates.emptyState} aria-label={title}>
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}
