"use client";

import { useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { formatNumber } from "@/app/ui/format";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { parseNumberText, withDecimalSeparator, type DecimalSeparator } from "@/app/ui/format/parse-number";
import { handleGridKey } from "./grid-keyboard";
import type { GridColumn, GridRow } from "./types";
import tables from "@/app/ui/common/table.module.css";
import styles from "./grid.module.css";

export type GridCellProps = {
  gridId: string;
  column: GridColumn;
  columnIndex: number;
  row: GridRow;
  rowIndex: number;
  error?: string;
  isReadOnly: boolean;
  onEdit: (rowKey: string, patch: Partial<Pick<GridRow, "values" | "extra">>) => void;
  onPaste: (rowIndex: number, columnIndex: number, text: string) => boolean;
};

export function cellErrorId(gridId: string, rowIndex: number, key: string): string {
  return `${gridId}-r${rowIndex}-${key}-error`;
}

/** Digits with at most one decimal separator: the only text shown grouped (anything else is shown as typed). */
const PLAIN_NUMBER: Record<DecimalSeparator, RegExp> = { ".": /^-?\d+(\.\d+)?$/, ",": /^-?\d+(,\d+)?$/ };

/** 140000000 → "140,000,000" ("140.000.000" under a decimal comma) while the cell is not being edited. */
function displayNumber(text: string, decimal: DecimalSeparator): string {
  if (!PLAIN_NUMBER[decimal].test(text)) return text;
  const parsed = parseNumberText(text, decimal);
  return parsed.kind === "number" ? withDecimalSeparator(formatNumber(parsed.value, 20), decimal) : text;
}

/** One cell: an input or select with an accessible name ("Recovery (%), row 3") and its error beside it. */
export function GridCell({ gridId, column, columnIndex, row, rowIndex, error, isReadOnly, onEdit, onPaste }: GridCellProps) {
  const label = `${column.label}, row ${rowIndex + 1}`;
  const errorId = error ? cellErrorId(gridId, rowIndex, column.key) : undefined;
  const value = row.values[column.key] ?? "";
  const isNumeric = column.kind === "number" || column.kind === "integer";
  const isGrouped = isNumeric && !column.isUngrouped;
  const decimal = useDecimalSeparator();
  const [isFocused, setFocused] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The cell's text when it took focus: Esc puts it back, as in a spreadsheet. */
  const valueOnFocus = useRef(value);
  // Focus swaps "140,000,000" for "140000000"; select it all again so typing replaces the value, as in a spreadsheet.
  useLayoutEffect(() => {
    if (isFocused && isNumeric) inputRef.current?.select();
  }, [isFocused, isNumeric]);
  const common = {
    "data-row": rowIndex,
    "data-col": columnIndex,
    "aria-label": label,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": errorId,
    // One Tab stop per grid: the first cell until another is focused (keepOneTabStop moves it).
    tabIndex: rowIndex === 0 && columnIndex === 0 ? 0 : -1,
    onFocusCapture: () => {
      valueOnFocus.current = value;
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === "Escape" && value !== valueOnFocus.current) {
        onEdit(row.key, { values: { [column.key]: valueOnFocus.current } });
        event.preventDefault();
        return;
      }
      handleGridKey(event, gridId, rowIndex, columnIndex);
    },
  };
  let control;
  if (column.renderEditor) {
    control = column.renderEditor({ row, rowIndex, columnIndex, label, isReadOnly, describedBy: errorId, onChange: (patch) => onEdit(row.key, patch) });
  } else if (isReadOnly) {
    const option = column.options?.find((candidate) => candidate.value === value);
    control = <span className={styles.static}>{option?.label ?? ((isGrouped ? displayNumber(value, decimal) : value) || "—")}</span>;
  } else if (column.kind === "select") {
    control = (
      <select className={styles.input} value={value} {...common} onChange={(event) => onEdit(row.key, { values: { [column.key]: event.target.value }, extra: column.alsoSetsExtra?.(event.target.value, row) })}>
        {column.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        ref={inputRef}
        type="text"
        inputMode={isNumeric ? "decimal" : undefined}
        className={isNumeric ? `${styles.input} ${styles.numeric}` : styles.input}
        value={isGrouped && !isFocused ? displayNumber(value, decimal) : value}
        style={{ minWidth: `${(column.widthCh ?? (isNumeric ? 11 : 16)) + 2}ch` }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        placeholder={column.isNullable ? "—" : undefined}
        {...common}
        onChange={(event) => onEdit(row.key, { values: { [column.key]: event.target.value } })}
        onPaste={(event: ClipboardEvent<HTMLInputElement>) => {
          if (onPaste(rowIndex, columnIndex, event.clipboardData.getData("text/plain"))) event.preventDefault();
        }}
      />
    );
  }
  return (
    <td className={[isNumeric ? tables.numeric : "", error ? styles.invalid : ""].join(" ").trim() || undefined}>
      {control}
      {error ? (
        <span id={errorId} className={styles.cellError}>
          {error}
        </span>
      ) : null}
    </td>
  );
}
