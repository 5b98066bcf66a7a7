"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn } from "../grid/types";
import { OPEX_BASIS_OPTIONS, OPEX_CATEGORY_OPTIONS } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import type { InputTableProps } from "./table-props";

function opexColumns(currency: string): GridColumn[] {
  return [
    { key: "name", label: "Item", kind: "text", widthCh: 24 },
    { key: "category", label: "Category", kind: "select", options: OPEX_CATEGORY_OPTIONS },
    { key: "basis", label: "Basis", kind: "select", options: OPEX_BASIS_OPTIONS },
    { key: "unitCost", label: `Unit cost (${currency} per basis unit)`, kind: "number" },
    { key: "quantity", label: "Quantity (units)", kind: "number", widthCh: 8 },
    { key: "startPeriod", label: "Start period (year index)", kind: "integer", widthCh: 6 },
    { key: "endPeriod", label: "End period (year index, blank = end of life)", kind: "integer", isNullable: true, widthCh: 6 },
    { key: "escalationPct", label: "Escalation (%/year)", kind: "number", widthCh: 6 },
  ];
}

/** Operating cost items: unit cost × quantity per tonne or per calendar frequency, escalated yearly. */
export function OpexTable(props: InputTableProps) {
  const { currency } = props;
  const columns = useMemo(() => opexColumns(currency), [currency]);
  const newRow = useCallback(
    () => createNewRow({ name: "", category: "mining", basis: "per_tonne_mined", unitCost: "0", quantity: "1", startPeriod: "0", endPeriod: "", escalationPct: "0" }, { description: null }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="opex"
      title="Opex items"
      description={`Operating costs in ${currency}: per tonne mined or processed (${currency}/t), fixed per year, or daily/weekly/monthly/quarterly/annual amounts.`}
      emptyMessage="No opex items yet — add the first one."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
