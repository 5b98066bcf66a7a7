import Link from "next/link";
import type { ComparedScenario } from "@/lib/scenarios/compare";
import { BaseCaseBadge, StatusBadge } from "./scenario-badges";
import type { CompareSection } from "./compare-rows";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./scenarios.module.css";

export type CompareTableProps = {
  projectId: string;
  scenarios: ComparedScenario[];
  sections: CompareSection[];
};

/**
 * Scenarios as columns, metrics/inputs/settings as rows. A row that differs says so in words ("Differs") and
 * each value unlike the first scenario's carries "changed" and its delta as text; colour only repeats that.
 */
export function CompareTable({ projectId, scenarios, sections }: CompareTableProps) {
  const first = scenarios[0]?.scenario.name ?? "the first scenario";
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.compareTable}`}>
        <caption>
          {scenarios.length} scenarios side by side; differences against “{first}” are marked “changed”.
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {scenarios.map(({ scenario }) => (
              <th scope="col" key={scenario.id} className={styles.column}>
                <Link href={`/projects/${projectId}/scenarios/${scenario.id}`}>{scenario.name}</Link>
                <span className={styles.badges}>
                  <StatusBadge status={scenario.status} />
                  {scenario.isBaseCase ? <BaseCaseBadge /> : null}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.title}>
            <tr className={styles.sectionRow}>
              <th scope="rowgroup" colSpan={scenarios.length + 1}>
                {section.title}
              </th>
            </tr>
            {section.rows.length === 0 ? (
              <tr>
                <td colSpan={scenarios.length + 1} className={layout.muted}>
                  No differences in {section.title.toLowerCase()}.
                </td>
              </tr>
            ) : null}
            {section.rows.map((row) => (
              <tr key={row.label} className={row.isDifferent ? styles.different : undefined}>
                <th scope="row">
                  {row.label}
                  {row.isDifferent ? <span className={styles.diffTag}>Differs</span> : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={scenarios[i]?.scenario.id ?? i} className={row.differsFromFirst[i] ? `${tables.numeric} ${styles.changed}` : tables.numeric}>
                    <span>{cell}</span>
                    {row.differsFromFirst[i] ? <span className={styles.delta}>{row.deltas[i] ? `${row.deltas[i]} vs first` : "changed"}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
