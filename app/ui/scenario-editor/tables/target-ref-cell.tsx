"use client";

import type { KeyboardEvent } from "react";
import type { TargetRefChoices } from "@/lib/validation/rows/target-refs";
import { handleGridKey } from "../grid/grid-keyboard";
import type { CustomEditorProps } from "../grid/types";
import { describeMissingTargetRef, describeTargetRef, TARGET_REF_NOUNS, toTargetRefOptions } from "./target-ref-options";
import buttons from "@/app/ui/common/button.module.css";
import grid from "../grid/grid.module.css";
import styles from "../scenario-editor.module.css";

type TargetRefCellProps = CustomEditorProps & { choices: TargetRefChoices };

/** The stored reference (`extra.targetRef`: the API's value, an item's lineage id or a category), or null. */
export function readTargetRef(extra: Record<string, unknown>): string | null {
  return typeof extra.targetRef === "string" && extra.targetRef !== "" ? extra.targetRef : null;
}

/** Arrow keys and Enter move between cells as in the grid's own selects (the grid is the enclosing table). */
function moveFrom(event: KeyboardEvent<HTMLElement>, rowIndex: number, columnIndex: number): void {
  const gridId = event.currentTarget.closest("table")?.id;
  if (gridId) handleGridKey(event, gridId, rowIndex, columnIndex);
}

/**
 * The reference of a parameter's target: a select of the scenario's items by name (or its categories), shown only
 * for targets that take one. A reference to an item the scenario no longer has reads "Missing opex item" with a
 * warning tied to the select; a reference kept from another target (pasted rows) can be cleared.
 */
export function TargetRefCell({ row, rowIndex, columnIndex, label, isReadOnly, describedBy, onChange, choices }: TargetRefCellProps) {
  const ref = readTargetRef(row.extra);
  const display = describeTargetRef(row.values.target ?? "", ref, choices);
  const warningId = `${row.key}-target-ref-warning`;
  const warning =
    display.state === "missing" ? (
      <span id={warningId} className={styles.refWarning}>
        {describeMissingTargetRef(display.kind)}
      </span>
    ) : null;
  const setRef = (value: string | null) => onChange({ extra: { targetRef: value } });
  if (display.state === "none") {
    return (
      <>
        <span className={grid.static}>—</span>
        {display.hasStaleRef && !isReadOnly ? (
          <button type="button" className={buttons.link} data-row={rowIndex} data-col={columnIndex} aria-describedby={describedBy} onClick={() => setRef(null)} aria-label={`Clear the reference of row ${rowIndex + 1}: this target takes none`}>
            Clear
          </button>
        ) : null}
      </>
    );
  }
  if (isReadOnly) {
    const text = display.state === "unset" ? "—" : display.label;
    return (
      <span className={grid.static}>
        {text}
        {warning}
      </span>
    );
  }
  const noun = TARGET_REF_NOUNS[display.kind];
  const article = /^[aeiou]/.test(noun) ? "an" : "a";
  const options = toTargetRefOptions(display.kind, choices);
  const value = display.state === "found" ? display.value : display.state === "missing" ? (ref ?? "") : "";
  return (
    <>
      <select
        className={grid.input}
        value={value}
        data-row={rowIndex}
        data-col={columnIndex}
        aria-label={label}
        aria-invalid={display.state === "missing" || undefined}
        aria-describedby={[describedBy, warning ? warningId : undefined].filter(Boolean).join(" ") || undefined}
        onKeyDown={(event) => moveFrom(event, rowIndex, columnIndex)}
        onChange={(event) => setRef(event.target.value === "" ? null : event.target.value)}
      >
        {display.state === "missing" ? <option value={value}>⚠ {display.label}</option> : <option value="">{options.length > 0 ? `Choose ${article} ${noun}…` : `No ${noun} in this scenario`}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {warning}
    </>
  );
}
