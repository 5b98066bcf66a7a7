"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn } from "../grid/types";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import type { InputTableProps } from "./table-props";

function equipmentColumns(currency: string): GridColumn[] {
  return [
    { key: "name", label: "Name", kind: "text", widthCh: 20 },
    { key: "equipmentType", label: "Type", kind: "text", widthCh: 12 },
    { key: "quantity", label: "Quantity (units)", kind: "integer", hasTotal: true, widthCh: 5 },
    { key: "purchaseCost", label: `Purchase cost (${currency}/unit)`, kind: "number" },
    { key: "operatingCostPerHour", label: `Operating cost (${currency}/h per unit)`, kind: "number", widthCh: 8 },
    { key: "purchasePeriod", label: "Purchase period (year index)", kind: "integer", widthCh: 5 },
    { key: "hoursPerYear", label: "Operating hours (h/year)", kind: "number", widthCh: 7 },
    { key: "lifeYears", label: "Life (years)", kind: "integer", widthCh: 4 },
    { key: "availabilityPct", label: "Availability (%)", kind: "number", widthCh: 5 },
  ];
}

/** The equipment fleet: purchase, replacement after its life, and operating cost per hour. */
export function EquipmentTable(props: InputTableProps) {
  const { currency } = props;
  const columns = useMemo(() => equipmentColumns(currency), [currency]);
  const newRow = useCallback(
    () => createNewRow({ name: "", equipmentType: "", quantity: "1", purchaseCost: "0", operatingCostPerHour: "0", purchasePeriod: "0", hoursPerYear: "6000", lifeYears: "10", availabilityPct: "85" }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="equipment"
      title="Equipment fleet"
      description={`Fleet lines with purchase cost per unit and operating cost per hour (excluding fuel), in ${currency}. Units are replaced at the end of their life.`}
      emptyMessage="No equipment yet — add the first fleet line."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
