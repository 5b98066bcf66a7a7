import Link from "next/link";
import type { ReactNode } from "react";
import button from "./button.module.css";
import styles from "./status.module.css";

type StatusPageProps = {
  /** "404", "403", "Error". */
  code: string;
  title: string;
  /** Id of the heading, which names the section. */
  titleId: string;
  /** Outside the app shell (root error and not-found pages): centred on the whole window. */
  isStandalone?: boolean;
  /** Shown above the code, e.g. the brand on a page without the shell. */
  header?: ReactNode;
  /** What happened and what to do: paragraphs, then one action. */
  children: ReactNode;
};

/** An error, not-found or forbidden page: the code, a heading that says what happened, and a way on. */
export function StatusPage({ code, title, titleId, isStandalone = false, header, children }: StatusPageProps) {
  const section = (
    <section className={styles.statusPage} aria-labelledby={titleId}>
      {header}
      <p className={styles.code}>{code}</p>
      <h1 id={titleId}>{title}</h1>
      {children}
    </section>
  );
  return isStandalone ? <main className={styles.standalone}>{section}</main> : section;
}

/** The way on from a status page. */
export function StatusLink({ href, tone = "primary", children }: { href: string; tone?: "primary" | "secondary"; children: ReactNode }) {
  return (
    <Link href={href} className={`${button.button} ${button[tone]}`}>
      {children}
    </Link>
  );
}

/** "Try again" on an error page: re-renders the segment that failed. */
export function RetryButton({ onRetry }: { onRetry: () => void }) {
  return (
    <button type="button" className={`${button.button} ${button.primary}`} onClick={onRetry}>
      Try again
    </button>
  );
}
