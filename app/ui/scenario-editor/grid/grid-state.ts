import type { GridColumn, GridRow } from "./types";

// The grid's rows as a reducer: pure, so every editing rule (an edited inherited row becomes an override, a
// paste adds the rows it needs) is in one place.

export type GridAction =
  | { type: "reset"; rows: GridRow[] }
  | { type: "edit"; rowKey: string; patch: Partial<Pick<GridRow, "values" | "extra">> }
  | { type: "add"; row: GridRow; atIndex: number }
  | { type: "delete"; rowKey: string }
  | { type: "restore"; rowKey: string }
  | { type: "paste"; rowIndex: number; columnIndex: number; cells: string[][]; columns: readonly GridColumn[]; newRow: (index: number) => GridRow };

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}

/** An inherited row that differs from its parent's values is an (unsaved) override, and back again. */
function withOrigin(row: GridRow): GridRow {
  if (row.savedOrigin !== "inherited") return row;
  const isUnchanged = sameRecord(row.values, row.savedValues) && sameRecord(row.extra, row.savedExtra);
  return { ...row, origin: isUnchanged ? "inherited" : "overridden" };
}

function pasteInto(rows: GridRow[], action: Extract<GridAction, { type: "paste" }>): GridRow[] {
  const next = [...rows];
  action.cells.forEach((cells, offset) => {
    const index = action.rowIndex + offset;
    const existing = next[index] ?? action.newRow(index);
    const values = { ...existing.values };
    cells.forEach((text, cellOffset) => {
      const column = action.columns[action.columnIndex + cellOffset];
      if (column && !column.renderEditor) values[column.key] = text;
    });
    next[index] = withOrigin({ ...existing, values });
  });
  return next;
}

export function gridReducer(rows: GridRow[], action: GridAction): GridRow[] {
  switch (action.type) {
    case "reset":
      return action.rows;
    case "edit":
      return rows.map((row) =>
        row.key === action.rowKey
          ? withOrigin({ ...row, values: { ...row.values, ...action.patch.values }, extra: { ...row.extra, ...action.patch.extra } })
          : row,
      );
    case "add":
      return [...rows.slice(0, action.atIndex), action.row, ...rows.slice(action.atIndex)];
    case "delete":
      return rows.filter((row) => row.key !== action.rowKey);
    case "restore":
      return rows.map((row) => (row.key === action.rowKey ? { ...row, values: row.savedValues, extra: row.savedExtra, origin: row.savedOrigin } : row));
    case "paste":
      return pasteInto(rows, action);
  }
}

/** True when the rows differ from what was loaded (edits, added or deleted rows, a different order). */
export function isGridDirty(rows: readonly GridRow[], loaded: readonly GridRow[]): boolean {
  if (rows.length !== loaded.length) return true;
  return rows.some((row, index) => {
    const original = loaded[index];
    return !original || original.key !== row.key || !sameRecord(row.values, original.values) || !sameRecord(row.extra, original.extra);
  });
}
