"use client";

import { focusCell } from "./grid/grid-keyboard";
import type { CellErrors, GridColumn, GridRow } from "./grid/types";
import type { SaveFeedback } from "./row-table-requests";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./scenario-editor.module.css";

type Problem = { rowIndex: number; columnIndex: number; text: string };

function listProblems(errors: CellErrors, rows: readonly GridRow[], columns: readonly GridColumn[]): Problem[] {
  const problems: Problem[] = [];
  rows.forEach((row, rowIndex) => {
    const rowErrors = errors.get(row.key);
    if (!rowErrors) return;
    columns.forEach((column, columnIndex) => {
      const message = rowErrors.get(column.key);
      if (message) problems.push({ rowIndex, columnIndex, text: `Row ${rowIndex + 1}, ${column.label}: ${message}` });
    });
  });
  return problems;
}

/**
 * The table's error region (role="alert", announced when it appears): the API's message and every cell problem
 * as a button that puts focus on that cell; the same message is shown beside the cell itself.
 */
export function RowTableMessages({ gridId, errors, rows, columns, feedback }: { gridId: string; errors: CellErrors; rows: readonly GridRow[]; columns: readonly GridColumn[]; feedback: SaveFeedback }) {
  const problems = listProblems(errors, rows, columns);
  return (
    <>
      <div className={forms.formError}>
        {feedback.message ? (
          <div className={`${alerts.alert} ${alerts.error}`} role="alert">
            <p>{feedback.message}</p>
            {problems.length + feedback.problems.length > 0 ? (
              <ul className={styles.problemList}>
                {problems.map((problem) => (
                  <li key={problem.text}>
                    <button type="button" className={buttons.link} onClick={() => focusCell(gridId, problem.rowIndex, problem.columnIndex)}>
                      {problem.text}
                    </button>
                  </li>
                ))}
                {feedback.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {feedback.status}
      </p>
    </>
  );
}
