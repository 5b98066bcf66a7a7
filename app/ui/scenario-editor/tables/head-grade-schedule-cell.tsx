"use client";

import type { KeyboardEvent } from "react";
import { handleGridKey } from "../grid/grid-keyboard";
import type { CustomEditorProps } from "../grid/types";
import grid from "../grid/grid.module.css";

// A product's head grade schedule in one cell: the grades of production years 1, 2, … separated by semicolons,
// commas or spaces ("0.6; 0.55"). The text typed stays in the cell (values.headGradeByYear); the list the API
// takes travels as extra.headGradeByYear: null when the cell is empty (the constant head grade every year), a part
// that is not a number kept as text so the API names the cell.

/** "0.6; 0.55" → [0.6, 0.55]; "" → null. */
export function parseHeadGradeSchedule(text: string): (number | string)[] | null {
  const parts = text.split(/[;,\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return null;
  return parts.map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
}

/** The cell text of a stored schedule: "0.6; 0.55", or "" for none. */
export function formatHeadGradeSchedule(schedule: unknown): string {
  return Array.isArray(schedule) ? schedule.join("; ") : "";
}

export function HeadGradeScheduleCell({ row, rowIndex, columnIndex, label, isReadOnly, describedBy, onChange }: CustomEditorProps) {
  const text = row.values.headGradeByYear ?? formatHeadGradeSchedule(row.extra.headGradeByYear);
  if (isReadOnly) return <span className={grid.static}>{text || "—"}</span>;
  return (
    <input
      type="text"
      className={grid.input}
      value={text}
      placeholder="—"
      style={{ minWidth: "14ch" }}
      data-row={rowIndex}
      data-col={columnIndex}
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
        const gridId = event.currentTarget.closest("table")?.id;
        if (gridId) handleGridKey(event, gridId, rowIndex, columnIndex);
      }}
      onChange={(event) => onChange({ values: { headGradeByYear: event.target.value }, extra: { headGradeByYear: parseHeadGradeSchedule(event.target.value) } })}
    />
  );
}
