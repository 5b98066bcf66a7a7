import type { ReactNode } from "react";

// The editable grid's model. Cell values are kept as the text the user typed (so "1e6", "", "12." survive while
// typing) and converted to the API's types only when the table is saved.

export type CellKind = "number" | "integer" | "text" | "select";

export type GridOption = { value: string; label: string };

export type GridColumn = {
  /** The API field name; field errors `rows.<index>.<key>` land on this column. */
  key: string;
  /** Header text with the unit, e.g. "Ore processed (t)". */
  label: string;
  kind: CellKind;
  options?: readonly GridOption[];
  /** Blank is allowed and sent as null (optional end period, one of two consumption bases). */
  isNullable?: boolean;
  /** Sum shown in the totals row. */
  hasTotal?: boolean;
  /** Width hint in characters. */
  widthCh?: number;
  /** Shown as typed, without thousands separators (a calendar year: 2030, not 2,030). */
  isUngrouped?: boolean;
  /** A custom editor (e.g. the distribution of a parameter) instead of an input. */
  renderEditor?: (props: CustomEditorProps) => ReactNode;
  /** Extra fields a select's new value also sets (a parameter's new target drops the reference it had). */
  alsoSetsExtra?: (value: string, row: GridRow) => Record<string, unknown>;
};

export type CustomEditorProps = {
  row: GridRow;
  rowIndex: number;
  columnIndex: number;
  label: string;
  isReadOnly: boolean;
  describedBy?: string;
  onChange: (patch: Partial<Pick<GridRow, "values" | "extra">>) => void;
};

/** own/overridden/inherited as stored; "new" for a row added in this session. */
export type GridRowOrigin = "own" | "inherited" | "overridden" | "new";

export type GridRow = {
  /** Stable React key (the lineage id, or a generated one for new rows). */
  key: string;
  lineageId?: string;
  origin: GridRowOrigin;
  /** The origin when loaded: an edited inherited row becomes an unsaved override and can be put back. */
  savedOrigin: GridRowOrigin;
  /** Name of the scenario the row is inherited from. */
  sourceName?: string;
  values: Record<string, string>;
  /** Fields saved with the row but not shown as columns (currency, description, a distribution, …). */
  extra: Record<string, unknown>;
  /** The values when loaded, to tell an edited inherited row from an untouched one. */
  savedValues: Record<string, string>;
  savedExtra: Record<string, unknown>;
};

/** Field errors by row key and field (the API's `rows.<index>.<field>`, mapped to the row that was sent). */
export type CellErrors = Map<string, Map<string, string>>;
