"use client";

import { useCallback, useMemo } from "react";
import type { GridColumn, GridRow } from "../grid/types";
import { gradeUnitLabel } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import { nextPeriod, type InputTableProps } from "./table-props";

function productionColumns(gradeUnit: string): GridColumn[] {
  return [
    { key: "period", label: "Period (year index)", kind: "integer", widthCh: 6 },
    { key: "oreMinedT", label: "Ore mined (t)", kind: "number", hasTotal: true },
    { key: "wasteMinedT", label: "Waste mined (t)", kind: "number", hasTotal: true },
    { key: "oreProcessedT", label: "Ore processed (t)", kind: "number", hasTotal: true },
    { key: "headGrade", label: `Head grade (${gradeUnitLabel(gradeUnit)})`, kind: "number", widthCh: 8 },
    { key: "recoveryPct", label: "Recovery (%)", kind: "number", widthCh: 8 },
  ];
}

/** The production schedule: one row per period. Pasting rows from a spreadsheet fills it in one go. */
export function ProductionTable({ gradeUnit, ...props }: InputTableProps & { gradeUnit: string }) {
  const columns = useMemo(() => productionColumns(gradeUnit), [gradeUnit]);
  const newRow = useCallback(
    (rows: readonly GridRow[]) => createNewRow({ period: nextPeriod(rows, "period"), oreMinedT: "0", wasteMinedT: "0", oreProcessedT: "0", headGrade: "0", recoveryPct: "0" }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="production"
      title="Production schedule"
      description="Tonnes mined and processed, head grade and recovery for each year of the project life (period 0 = first construction year)."
      emptyMessage="No production periods yet — add the first one, or paste your schedule from a spreadsheet."
      hint="Tip: copy the cells of your schedule in a spreadsheet (period, ore mined, waste, ore processed, grade, recovery) and paste them into the first cell."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
