"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn } from "../grid/types";
import { CAPEX_CATEGORY_OPTIONS, CAPEX_KIND_OPTIONS } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import type { InputTableProps } from "./table-props";

function capexColumns(currency: string): GridColumn[] {
  return [
    { key: "name", label: "Item", kind: "text", widthCh: 28 },
    { key: "category", label: "Category", kind: "select", options: CAPEX_CATEGORY_OPTIONS },
    { key: "kind", label: "Kind", kind: "select", options: CAPEX_KIND_OPTIONS },
    { key: "amount", label: `Amount (${currency})`, kind: "number", hasTotal: true, widthCh: 14 },
    { key: "spendPeriod", label: "Spend period (year index)", kind: "integer", widthCh: 6 },
    { key: "contingencyPct", label: "Contingency (%)", kind: "number", widthCh: 6 },
  ];
}

/** Capital cost items; amounts before contingency, in the scenario currency. */
export function CapexTable(props: InputTableProps) {
  const { currency } = props;
  const columns = useMemo(() => capexColumns(currency), [currency]);
  const newRow = useCallback(
    () => createNewRow({ name: "", category: "equipment", kind: "initial", amount: "0", spendPeriod: "0", contingencyPct: "0" }, { currency, description: null }),
    [currency],
  );
  return (
    <RowTableEditor
      {...props}
      segment="capex"
      title="Capex items"
      description={`Capital cost items before contingency, in ${currency}. The capex planner shows totals, shares and the spend timeline.`}
      emptyMessage="No capex items yet — add the first one."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
