import styles from "./download-links.module.css";

// A page's tables as files (issue #15): plain download links, so no script is needed and "Save link as" works.
// Pages render them only for roles the export route answers (a link must never lead to a 403).

export type DownloadLink = { href: string; label: string };

/** A titled list of download links; `title` also names the region for screen readers. */
export function DownloadLinks({ id, title, links }: { id: string; title: string; links: readonly DownloadLink[] }) {
  return (
    <section className={styles.downloads} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The workbook link, then one CSV link per table: `parts` maps each table's `part` to its name. */
export function exportLinks(base: string, parts: readonly { part: string; label: string }[]): DownloadLink[] {
  const join = base.includes("?") ? "&" : "?";
  return [
    { href: `${base}${join}format=xlsx`, label: parts.length > 1 ? "Excel workbook (every table)" : "Excel workbook" },
    ...parts.map(({ part, label }) => ({ href: `${base}${join}format=csv${parts.length > 1 ? `&part=${part}` : ""}`, label: `${label} (CSV)` })),
  ];
}
