"use client";

import { useCallback, useMemo } from "react";
import { MODEL_TARGETS } from "@/lib/engine/model/targets";
import { formatEnumLabel } from "@/app/ui/format";
import type { TargetRefChoices } from "@/lib/validation/rows/target-refs";
import type { GridColumn } from "../grid/types";
import { APPLICATION_OPTIONS, SAMPLING_OPTIONS } from "../options";
import { createNewRow } from "../row-fields";
import { RowTableEditor } from "../row-table-editor";
import { DistributionCell } from "./distribution-cell";
import { TargetRefCell } from "./target-ref-cell";
import type { InputTableProps } from "./table-props";

const TARGET_OPTIONS = MODEL_TARGETS.map((target) => ({ value: target, label: formatEnumLabel(target) }));

type ParameterTableProps = InputTableProps & {
  /** Lineage ids of absolute price parameters whose distribution was set for another price than the scenario's. */
  priceMismatches?: readonly string[];
  /** Id of the notice that says why, for the flag beside each such parameter. */
  priceNoticeId?: string;
  /** What the parameters' references may name: the scenario's effective items and categories. */
  targetRefChoices: TargetRefChoices;
};

const NO_CHOICES: TargetRefChoices = { opex_item_id: [], opex_category: [], resource_type: [], capex_item_id: [], capex_category: [] };

const PARAMETER_COLUMNS: GridColumn[] = [
  { key: "name", label: "Parameter", kind: "text", widthCh: 20 },
  // A new target takes another kind of reference (or none): the old one is dropped, and chosen again by name.
  { key: "target", label: "Target in the model", kind: "select", options: TARGET_OPTIONS, alsoSetsExtra: () => ({ targetRef: null }) },
  { key: "targetRef", label: "Target item or category", kind: "select", renderEditor: (props) => <TargetRefCell {...props} choices={NO_CHOICES} /> },
  { key: "application", label: "Applied as", kind: "select", options: APPLICATION_OPTIONS },
  { key: "baseValue", label: "Base value (in unit)", kind: "number", widthCh: 10 },
  { key: "unit", label: "Unit", kind: "text", widthCh: 8 },
  { key: "sampling", label: "Sampling", kind: "select", options: SAMPLING_OPTIONS },
  { key: "distribution", label: "Distribution (in unit)", kind: "text", renderEditor: (props) => <DistributionCell {...props} /> },
];

/**
 * The columns: the reference as a select of the scenario's items by name, and a "Set for another price" flag
 * beside the distribution of each flagged parameter.
 */
function buildColumns(priceMismatches: readonly string[], priceNoticeId: string | undefined, choices: TargetRefChoices): GridColumn[] {
  const flagged = new Set(priceMismatches);
  return PARAMETER_COLUMNS.map((column) => {
    if (column.key === "targetRef") return { ...column, renderEditor: (props) => <TargetRefCell {...props} choices={choices} /> };
    if (column.key !== "distribution") return column;
    return { ...column, renderEditor: (props) => <DistributionCell {...props} priceMismatchNoticeId={props.row.lineageId && flagged.has(props.row.lineageId) ? (priceNoticeId ?? "") : undefined} /> };
  });
}

/** Process parameters and stochastic variables: base values, units, distributions and sampling. */
export function ParameterTable({ priceMismatches = [], priceNoticeId, targetRefChoices, ...props }: ParameterTableProps) {
  // The ids as one string: the page passes a new array on every render, the columns change only with its content.
  const mismatchKey = priceMismatches.join("\n");
  const columns = useMemo(
    () => buildColumns(mismatchKey === "" ? [] : mismatchKey.split("\n"), priceNoticeId, targetRefChoices),
    [mismatchKey, priceNoticeId, targetRefChoices],
  );
  const newRow = useCallback(
    () => createNewRow({ name: "", target: "price", application: "factor", baseValue: "1", unit: "factor", sampling: "per_iteration" }, { targetRef: null, distribution: null, description: null }),
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
