import { CorrelationMatrix } from "../correlation-matrix";
import { ParameterTable } from "../tables/parameter-table";
import { toGridRows, type EffectiveRowEntry } from "../row-fields";
import { tableProps, type ScenarioPanelData } from "./panel-props";

/** Parameters & distributions, then the correlation matrix of the stochastic ones. */
export function ParametersPanel(data: ScenarioPanelData) {
  const { effective, canEdit, parentName } = data;
  const parameters = effective.rows.parameter;
  const stochastic = parameters.filter((entry) => entry.row.distribution !== null).map((entry) => ({ lineageId: entry.row.lineageId, name: entry.row.name }));
  const pairs = effective.rows.correlations.map((entry) => ({
    a: entry.row.parameterALineageId,
    b: entry.row.parameterBLineageId,
    coefficient: entry.row.coefficient,
    isInherited: entry.origin === "inherited",
  }));
  return (
    <>
      <ParameterTable {...tableProps(data)} rows={toGridRows("parameters", parameters as unknown as EffectiveRowEntry[], data.scenarioNames)} />
      <CorrelationMatrix scenarioId={effective.scenario.id} version={effective.scenario.version} parameters={stochastic} pairs={pairs} isReadOnly={!canEdit} parentName={parentName} />
    </>
  );
}
