import { IMPORT_KINDS as KINDS } from "@/lib/domain/row-kinds";
import styles from "./import.module.css";

/**
 * Templates to start from, and (for analysts and above, who may export) this scenario's inputs in the same layout:
 * a viewer is not shown a link the API would answer with 403.
 */
export function TemplateLinks({ scenarioId, canExport }: { scenarioId: string; canExport: boolean }) {
  return (
    <details className={styles.templates}>
      <summary>Templates and exports</summary>
      <ul>
        <li>
          <a href="/api/templates/scenario.xlsx" download>
            Workbook template (a sheet per kind, with a sheet documenting every column)
          </a>
        </li>
        <li>
          CSV templates:{" "}
          {KINDS.map((kind, index) => (
            <span key={kind}>
              {index > 0 ? ", " : ""}
              <a href={`/api/templates/${kind}.csv`} download>
                {kind}
              </a>
            </span>
          ))}
        </li>
        {canExport ? (
          <li>
            <a href={`/api/scenarios/${scenarioId}/export?format=xlsx`} download>
              This scenario&apos;s inputs as a workbook
            </a>{" "}
            (edit it and import it back)
          </li>
        ) : null}
      </ul>
    </details>
  );
}
