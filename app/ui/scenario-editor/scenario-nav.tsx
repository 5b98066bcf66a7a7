"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./scenario-editor.module.css";

/** The scenario's sub-pages (inputs, planners, profitability); the current one is marked for screen readers. */
export function ScenarioNav({ links }: { links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Scenario" className={styles.nav}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
