import { computeCashFlowTable, type CashFlowTable, type ScenarioModelInputs, type ValidationIssue } from "@/lib/engine/model";
import { planCapex, planOpex, type CapexPlan, type OpexPlan } from "@/lib/engine/planners";
import { AppError, type FieldErrors } from "@/lib/errors";
import { toModelSource, type EffectiveScenario } from "./load-effective-scenario";
import { toModelInputs } from "./to-model-inputs";

export type ScenarioCashFlow = CashFlowTable & {
  scenarioId: string;
  capexPlan: CapexPlan;
  opexPlan: OpexPlan;
};

/** Engine errors → fieldErrors keyed by the engine's input path, each message prefixed with its rule. */
export function toFieldErrors(errors: readonly ValidationIssue[]): FieldErrors {
  const fieldErrors: Record<string, string[]> = {};
  for (const error of errors) (fieldErrors[error.path || "_root"] ??= []).push(`${error.rule}: ${error.message}`);
  return fieldErrors;
}

/**
 * The engine inputs of an effective scenario.
 * @throws AppError SCENARIO_INPUTS_INVALID (422) with the engine's errors as fieldErrors
 */
export function buildModelInputs(effective: EffectiveScenario): ScenarioModelInputs {
  const result = toModelInputs(toModelSource(effective));
  if (result.ok) return result.inputs;
  throw new AppError("SCENARIO_INPUTS_INVALID", `The inputs of "${effective.scenario.name}" cannot be modelled yet`, {
    status: 422,
    fieldErrors: toFieldErrors(result.errors),
  });
}

/**
 * Cash-flow table and metrics (engine), capex plan and opex plan over the project periods.
 * @throws AppError SCENARIO_INPUTS_INVALID (422)
 */
export function computeScenarioCashFlow(effective: EffectiveScenario): ScenarioCashFlow {
  const inputs = buildModelInputs(effective);
  const table = computeCashFlowTable(inputs);
  const periodCount = table.rows.length;
  return {
    scenarioId: effective.scenario.id,
    ...table,
    capexPlan: planCapex(inputs.capexItems, periodCount),
    opexPlan: planOpex(inputs.opexItems, periodCount, {
      minedT: table.rows.map((row) => row.oreMinedT + row.wasteMinedT),
      processedT: table.rows.map((row) => row.oreProcessedT),
    }),
  };
}
