import type { OperationsDashboard } from "@/lib/http/contracts/dashboards";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./dashboards.module.css";

/**
 * Project, scenario and date range as a plain GET form: the filters live in the URL (shareable, back button,
 * works without JavaScript). Changing the project asks for that project's base case unless a scenario is chosen.
 */
export function OperationsFilters({ dashboard }: { dashboard: OperationsDashboard }) {
  const { scope, filters } = dashboard;
  return (
    <form method="get" action="/operations" className={styles.filters} aria-label="Operations filters">
      <div className={`${forms.field} ${styles.filterField}`}>
        <label htmlFor="ops-project">Project</label>
        <select id="ops-project" name="projectId" className={forms.select} defaultValue={scope.projectId ?? ""}>
          {filters.projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`${forms.field} ${styles.filterField}`}>
        <label htmlFor="ops-scenario">Scenario</label>
        <select id="ops-scenario" name="scenarioId" className={forms.select} defaultValue={scope.scenarioId ?? ""}>
          <option value="">Base case of the project</option>
          {filters.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.isBaseCase ? " (base case)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className={`${forms.field} ${styles.filterField}`}>
        <label htmlFor="ops-from">From (date)</label>
        <input id="ops-from" name="from" type="date" className={forms.input} defaultValue={scope.from ?? ""} />
      </div>
      <div className={`${forms.field} ${styles.filterField}`}>
        <label htmlFor="ops-to">To (date)</label>
        <input id="ops-to" name="to" type="date" className={forms.input} defaultValue={scope.to ?? ""} />
      </div>
      <button type="submit" className={`${buttons.button} ${buttons.primary}`}>
        Apply filters
      </button>
    </form>
  );
}
