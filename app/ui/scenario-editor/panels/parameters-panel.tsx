import { PriceMismatchNotice } from "@/app/ui/simulations/price-mismatch-notice";
import { listTargetRefChoices } from "@/lib/validation/rows/target-refs";
import { CorrelationMatrix } from "../correlation-matrix";
import { FitFromData } from "../fitting/fit-from-data";
import { ParameterTable } from "../tables/parameter-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type ScenarioPanelData } from "./panel-props";

const PRICE_NOTICE_ID = "price-distribution-notice";

/** Parameters & distributions (with a warning on absolute price distributions set for another price), then the correlation matrix of the stochastic ones. */
export function ParametersPanel(data: ScenarioPanelData) {
  const { effective, canEdit, parentName, priceMismatches = [] } = data;
  const parameters = effective.rows.parameter;
  const rowsOf = <R,>(entries: readonly { row: R }[]) => entries.map((entry) => entry.row);
  const { opex, capex, consumption, equipment } = effective.rows;
  // Only what the select needs crosses to the browser: ids, names and categories, not whole rows.
  const targetRefChoices = listTargetRefChoices({ opex: rowsOf(opex), capex: rowsOf(capex), consumption: rowsOf(consumption), equipment: rowsOf(equipment) });
  const stochastic = parameters.filter((entry) => entry.row.distribution !== null).map((entry) => ({ lineageId: entry.row.lineageId, name: entry.row.name }));
  const pairs = effective.rows.correlations.map((entry) => ({
    a: entry.row.parameterALineageId,
    b: entry.row.parameterBLineageId,
    coefficient: entry.row.coefficient,
    isInherited: entry.origin === "inherited",
  }));
  const equipmentLines = effective.rows.equipment.map(({ row }) => ({ id: row.id, name: row.name }));
  const consumptionItems = effective.rows.consumption.map(({ row }) => ({ id: row.lineageId, name: row.name, unit: row.unit }));
  return (
    <>
      <PriceMismatchNotice mismatches={priceMismatches} id={PRICE_NOTICE_ID} />
      <FitFromData scenarioId={effective.scenario.id} equipmentLines={equipmentLines} consumptionItems={consumptionItems} canEdit={canEdit} targetRefChoices={targetRefChoices} />
      <ParameterTable
        {...tableProps(data)}
        rows={toGridRows("parameters", parameters as unknown as EffectiveRowEntry[], data.scenarioNames)}
        priceMismatches={priceMismatches.map(({ variableId }) => variableId)}
        priceNoticeId={PRICE_NOTICE_ID}
        targetRefChoices={targetRefChoices}
      />
      <CorrelationMatrix scenarioId={effective.scenario.id} version={effective.scenario.version} parameters={stochastic} pairs={pairs} isReadOnly={!canEdit} parentName={parentName} />
    </>
  );
}
