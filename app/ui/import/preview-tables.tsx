import type { ImportPreviewData } from "./import-api";

/** Rows created, updated, unchanged and removed per kind. */
export function KindCounts({ preview, caption }: { preview: ImportPreviewData; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table import-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Sheet</th>
            <th scope="col" className="num">Rows</th>
            <th scope="col" className="num">With problems</th>
            <th scope="col" className="num">Created</th>
            <th scope="col" className="num">Updated</th>
            <th scope="col" className="num">Unchanged</th>
            <th scope="col" className="num">Removed</th>
          </tr>
        </thead>
        <tbody>
          {preview.kinds.map((kind) => (
            <tr key={kind.kind}>
              <th scope="row">{kind.kind}</th>
              <td>{kind.sheet}</td>
              <td className="num">{kind.rows}</td>
              <td className="num">{kind.invalidRows}</td>
              <td className="num">{kind.created}</td>
              <td className="num">{kind.updated}</td>
              <td className="num">{kind.unchanged}</td>
              <td className="num">{kind.removed}</td>
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
    <div className="table-wrap">
      <table className="table import-problems">
        <caption>
          {preview.problemCount} problem{preview.problemCount === 1 ? "" : "s"}
          {shown < preview.problemCount ? ` (the first ${shown} are listed)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col" className="num">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {preview.problems.map((problem, index) => (
            <tr key={`${problem.sheet}-${problem.row}-${problem.column}-${index}`}>
              <td>{problem.sheet}</td>
              <td className="num">{problem.row}</td>
              <td>
                <code>{problem.column}</code>
              </td>
              <td>{problem.value ?? <span className="muted">(empty)</span>}</td>
              <td>{problem.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
