import Link from "next/link";
import type { ComparedScenario } from "@/lib/scenario/compare";
import { BaseCaseBadge, StatusBadge } from "./scenario-badges";
import type { CompareSection } from "./compare-rows";

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
    <div className="table-wrap">
      <table className="table compare-table">
        <caption>
          {scenarios.length} scenarios side by side; differences against “{first}” are marked “changed”.
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            {scenarios.map(({ scenario }) => (
              <th scope="col" key={scenario.id} className="compare-column">
                <Link href={`/projects/${projectId}/scenarios/${scenario.id}`}>{scenario.name}</Link>
                <span className="tree-badges">
                  <StatusBadge status={scenario.status} />
                  {scenario.isBaseCase ? <BaseCaseBadge /> : null}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section.title}>
            <tr className="compare-section">
              <th scope="rowgroup" colSpan={scenarios.length + 1}>
                {section.title}
              </th>
            </tr>
            {section.rows.length === 0 ? (
              <tr>
                <td colSpan={scenarios.length + 1} className="muted">
                  No differences in {section.title.toLowerCase()}.
                </td>
              </tr>
            ) : null}
            {section.rows.map((row) => (
              <tr key={row.label} className={row.isDifferent ? "row-different" : undefined}>
                <th scope="row">
                  {row.label}
                  {row.isDifferent ? <span className="diff-tag">Differs</span> : null}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={scenarios[i]?.scenario.id ?? i} className={`numeric${row.differsFromFirst[i] ? " cell-changed" : ""}`}>
                    <span>{cell}</span>
                    {row.differsFromFirst[i] ? <span className="cell-delta">{row.deltas[i] ? `${row.deltas[i]} vs first` : "changed"}</span> : null}
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
