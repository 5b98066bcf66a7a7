import type { ImportPreviewData } from "./import-api";
import layout from "@/app/ui/common/layout.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./import.module.css";

/** Rows created, updated, unchanged and removed per kind. */
export function KindCounts({ preview, caption }: { preview: ImportPreviewData; caption: string }) {
  return (
    <div className={tables.wrap}>
      <table className={tables.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Sheet</th>
            <th scope="col" >Rows</th>
            <th scope="col" >With problems</th>
            <th scope="col" >Created</th>
            <th scope="col" >Updated</th>
            <th scope="col" >Unchanged</th>
            <th scope="col" >Removed</th>
          </tr>
        </thead>
        <tbody>
          {preview.kinds.map((kind) => (
            <tr key={kind.kind}>
              <th scope="row">{kind.kind}</th>
              <td>{kind.sheet}</td>
              <td>{kind.rows}</td>
              <td>{kind.invalidRows}</td>
              <td>{kind.created}</td>
              <td>{kind.updated}</td>
              <td>{kind.unchanged}</td>
              <td>{kind.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every problem, by sheet, row and column, with the value and the rule it breaks. */
export function ProblemTable({ preview }: { preview: ImportPreviewData }) {
  const shown = preview.problems.length;
  return (
    <div className={tables.wrap}>
      <table className={`${tables.table} ${styles.problems}`}>
        <caption>
          {preview.problemCount} problem{preview.problemCount === 1 ? "" : "s"}
          {shown < preview.problemCount ? ` (the first ${shown} are listed)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col" >Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {preview.problems.map((problem, index) => (
            <tr key={`${problem.sheet}-${problem.row}-${problem.column}-${index}`}>
              <td>{problem.sheet}</td>
              <td>{problem.row}</td>
              <td>
                <code>{problem.column}</code>
              </td>
              <td>{problem.value ?? <span className={layout.muted}>(empty)</span>}</td>
              <td>{problem.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
