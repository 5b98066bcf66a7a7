"use client";

import { useCallback, useMemo } from "react";
import { MODEL_TARGETS } from "@/lib/engine/model/targets";
import { formatEnumLabel } from "@/app/ui/format";
import type { GridColumn } from "../grid/types";
import { APPLICATION_OPTIONS, SAMPLING_OPTIONS } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import { DistributionCell } from "./distribution-cell";
import type { InputTableProps } from "./table-props";

const TARGET_OPTIONS = MODEL_TARGETS.map((target) => ({ value: target, label: formatEnumLabel(target) }));

const PARAMETER_COLUMNS: GridColumn[] = [
  { key: "name", label: "Parameter", kind: "text", widthCh: 20 },
  { key: "target", label: "Target in the model", kind: "select", options: TARGET_OPTIONS },
  { key: "targetRef", label: "Target reference (item id, category)", kind: "text", isNullable: true, widthCh: 12 },
  { key: "application", label: "Applied as", kind: "select", options: APPLICATION_OPTIONS },
  { key: "baseValue", label: "Base value (in unit)", kind: "number", widthCh: 10 },
  { key: "unit", label: "Unit", kind: "text", widthCh: 8 },
  { key: "sampling", label: "Sampling", kind: "select", options: SAMPLING_OPTIONS },
  { key: "distribution", label: "Distribution (in unit)", kind: "text", renderEditor: (props) => <DistributionCell {...props} /> },
];

/** Process parameters and stochastic variables: base values, units, distributions and sampling. */
export function ParameterTable(props: InputTableProps) {
  const columns = useMemo(() => PARAMETER_COLUMNS, []);
  const newRow = useCallback(
    () => createNewRow({ name: "", target: "price", targetRef: "", application: "factor", baseValue: "1", unit: "factor", sampling: "per_iteration" }, { distribution: null, description: null }),
    [],
  );
  return (
    <RowTableEditor
      {...props}
      segment="parameters"
      title="Parameters"
      description="Each parameter drives one input of the model: as an absolute value in its unit, or as a factor on the base input. A distribution makes it stochastic in simulations."
      emptyMessage="No parameters yet — add the first one (metal price, head grade, recovery, cost factors)."
      columns={columns}
      loadedRows={props.rows}
      newRow={newRow}
    />
  );
}
