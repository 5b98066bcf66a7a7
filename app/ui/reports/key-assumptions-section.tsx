import { formatNumber } from "@/app/ui/format";
import { gradeUnitLabel } from "@/app/ui/scenario-editor/options";
import type { KeyAssumption, KeyAssumptionGroup } from "@/lib/reports/key-assumptions";
import { ReportSection } from "./report-frame";
import tables from "@/app/ui/common/table.module.css";
import styles from "./reports.module.css";

const GROUPS: KeyAssumptionGroup[] = ["Production", "Prices", "Costs", "Fiscal terms", "Valuation"];

/** "12.50 Mt", "0.620 %", "Price deck “Consensus”"; "—" when the scenario does not hold the value. */
function formatAssumption({ value, unit, fractionDigits }: KeyAssumption): string {
  if (value === null) return "—";
  const shown = typeof value === "number" ? formatNumber(value, fractionDigits ?? 2) : value;
  const label = gradeUnitLabel(unit);
  return label ? `${shown} ${label}` : shown;
}

/** The key assumptions of a scenario, a small two-column table per group (each stays whole on paper). */
export function KeyAssumptionsSection({ assumptions, title = "Key assumptions" }: { assumptions: KeyAssumption[]; title?: string }) {
  return (
    <ReportSection title={title}>
      <div className={styles.assumptions}>
        {GROUPS.map((group) => {
          const rows = assumptions.filter((assumption) => assumption.group === group);
          if (rows.length === 0) return null;
          return (
            <table key={group} className={tables.table} data-report-block>
              <caption>{group}</caption>
              <thead>
                <tr>
                  <th scope="col">Assumption</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((assumption) => (
                  <tr key={assumption.label}>
                    <th scope="row">{assumption.label}</th>
                    <td>{formatAssumption(assumption)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </ReportSection>
  );
}
