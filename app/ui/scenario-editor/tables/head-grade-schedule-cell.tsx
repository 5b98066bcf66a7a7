"use client";

import { useId, type KeyboardEvent } from "react";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText, parseNumberText, splitNumberList, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { handleGridKey } from "../grid/grid-keyboard";
import type { CustomEditorProps } from "../grid/types";
import grid from "../grid/grid.module.css";

// A product's head grade schedule in one cell: the grades of production years 1, 2, … in the person's number
// format (issue #15), separated by semicolons or spaces, and by commas too under a decimal point ("0.6; 0.55",
// "0,6; 0,55"). The text typed stays in the cell (values.headGradeByYear); the list the API takes travels as
// extra.headGradeByYear: null when the cell is empty (the constant head grade every year), a part that is not a
// number kept as text so the API names the cell, and the cell itself says which part it cannot read.

/** "0.6; 0.55" → [0.6, 0.55]; "0,6; 0,55" under a comma → [0.6, 0.55]; "" → null. */
export function parseHeadGradeSchedule(text: string, decimal: DecimalSeparator = "."): (number | string)[] | null {
  const parts = splitNumberList(text, decimal);
  if (parts.length === 0) return null;
  return parts.map((part) => {
    const parsed = parseNumberText(part, decimal);
    return parsed.kind === "number" ? parsed.value : part;
  });
}

/** The cell text of a stored schedule: "0.6; 0.55" (or "0,6; 0,55"), or "" for none. */
export function formatHeadGradeSchedule(schedule: unknown, decimal: DecimalSeparator = "."): string {
  return Array.isArray(schedule) ? schedule.map((grade) => (typeof grade === "number" ? numberToText(grade, decimal) : String(grade))).join("; ") : "";
}

/** Why the cell's text is refused, naming the first part that is no number; undefined when every part is one. */
export function headGradeScheduleProblem(text: string, decimal: DecimalSeparator = "."): string | undefined {
  const invalid = splitNumberList(text, decimal)
    .map((part) => parseNumberText(part, decimal))
    .find((parsed) => parsed.kind === "invalid");
  return invalid?.kind === "invalid" ? `Head grade by production year: ${invalid.message} Separate the years with semicolons.` : undefined;
}

export function HeadGradeScheduleCell({ row, rowIndex, columnIndex, label, isReadOnly, describedBy, onChange }: CustomEditorProps) {
  const decimal = useDecimalSeparator();
  const errorId = `head-grade-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const text = row.values.headGradeByYear ?? formatHeadGradeSchedule(row.extra.headGradeByYear, decimal);
  if (isReadOnly) return <span className={grid.static}>{text || "—"}</span>;
  const problem = headGradeScheduleProblem(text, decimal);
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        className={grid.input}
        value={text}
        placeholder="—"
        style={{ minWidth: "14ch" }}
        data-row={rowIndex}
        data-col={columnIndex}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[describedBy, problem ? errorId : undefined].filter(Boolean).join(" ") || undefined}
        onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
          const gridId = event.currentTarget.closest("table")?.id;
          if (gridId) handleGridKey(event, gridId, rowIndex, columnIndex);
        }}
        onChange={(event) => onChange({ values: { headGradeByYear: event.target.value }, extra: { headGradeByYear: parseHeadGradeSchedule(event.target.value, decimal) } })}
      />
      {problem ? (
        <span id={errorId} className={grid.cellError}>
          {problem}
        </span>
      ) : null}
    </>
  );
}
