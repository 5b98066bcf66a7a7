"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn } from "../grid/types";
import { RESOURCE_TYPE_OPTIONS } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import type { InputTableProps } from "./table-props";

function consumptionColumns(currency: string): GridColumn[] {
  return [
    { key: "resourceType", label: "Resource", kind: "select", options: RESOURCE_TYPE_OPTIONS },
    { key: "name", label: "Name", kind: "text", widthCh: 20 },
    { key: "unit", label: "Unit (kg, L, kWh, …)", kind: "text", widthCh: 6 },
    { key: "ratePerTonneProcessed", label: "Rate (unit/t processed)", kind: "number", isNullable: true, widthCh: 9 },
    { key: "quantityPerPeriod", label: "Quantity (unit/year)", kind: "number", isNullable: true, widthCh: 11 },
    { key: "unitPrice", label: `Unit price (${currency}/unit)`, kind: "number", widthCh: 9 },
    { key: "startPeriod", label: "Start period (year index)", kind: "integer", widthCh: 6 },
    { key: "endPeriod", label: "End period (year index, blank = end of life)", kind: "integer", isNullable: true, widthCh: 6 },
    { key: "escalationPct", label: "Escalation (%/year)", kind: "number", widthCh: 6 },
  ];
}

/** Reagents, fuel, water, power and grinding media: a rate per tonne processed or a quantity per year, and a price. */
export function ConsumptionTable(props: InputTableProps) {
  const { currency } = props;
  const columns = useMemo(() => consumptionColumns(currency), [currency]);
  const newRow = useCallback(
    () => createNewRow({ resourceType: "reagent", name: "", unit: "kg", ratePerTonneProcessed: "0", quantityPerPeriod: "", unitPrice: "0", startPeriod: "0", endPeriod: "", escalationPct: "0" }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="consumption"
      title="Consumption"
      description="Give either a rate per tonne processed or a quantity per year for each resource, not both. Quantities must not be negative."
      emptyMessage="No consumption items yet — add the first one (reagents, fuel, water, power, grinding media)."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
