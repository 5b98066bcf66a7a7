import type { ReactNode } from "react";

/** An honest empty state: what will appear here and, when known, how to get it there. */
export function EmptyState({ title, children, headingLevel = 2 }: { title: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="empty-state" aria-label={title}>
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}
