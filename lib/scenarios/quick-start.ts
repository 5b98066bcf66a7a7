import { getDb } from "@/db";
import { findProjectRow } from "@/db/queries/projects";
import { insertScenario } from "@/db/queries/scenario-writes";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import { notFound } from "@/lib/errors";
import { insertAudited } from "@/lib/rows/audited-writes";
import type { QuickStartInput } from "@/lib/validation/quick-start";
import { write, type Write } from "@/lib/writes";
import { buildModelInputs } from "./cashflow";
import { loadEffectiveScenarioFromChain } from "./load-effective-scenario";
import { presentEffectiveScenario, type PresentedScenario } from "./present";
import { planQuickStart, type QuickStartPlan } from "./quick-start-plan";
import { assertRootSettingsComplete } from "./settings-rules";
import { chainOf, clearBaseCaseAudited, withNameCheck, type ScenarioActor } from "./write-rules";

// Quick start (issue #15): a complete root scenario (settings, a production row per year, one capex and one opex
// item) from a few figures, in one transaction with an audit row per record. The engine must be able to compute
// its cash flow before the transaction commits; otherwise nothing is kept.

async function insertRows(w: Write, scenarioId: string, plan: QuickStartPlan): Promise<void> {
  const rows: [ScenarioRowEntity, QuickStartPlan["production"]][] = [
    ["production", plan.production],
    ["capex", [plan.capex]],
    ["opex", [plan.opex]],
  ];
  for (const [entity, fieldsList] of rows) {
    for (const fields of fieldsList) await insertAudited({ w, scenarioId, entity }, { fields });
  }
}

/**
 * Creates a complete root scenario from the quick-start figures (planQuickStart), units by the commodity.
 * @returns the new scenario (header and effective settings)
 * @throws AppError NOT_FOUND, SCENARIO_NAME_TAKEN (409), SCENARIO_INPUTS_INVALID (422: the engine refused the plan)
 */
export async function quickStartScenario(actor: ScenarioActor, input: QuickStartInput): Promise<PresentedScenario> {
  const { organisationId, projectId, userId } = actor;
  const project = await findProjectRow(await getDb(), { organisationId, projectId });
  if (!project) throw notFound("Project");
  const plan = planQuickStart(input, project, new Date().getUTCFullYear());
  assertRootSettingsComplete(plan.settings);
  return withNameCheck(input.name, () =>
    write(actor, async (w) => {
      if (input.isBaseCase) await clearBaseCaseAudited(w, { projectId });
      const created = await insertScenario(w.tx, {
        values: {
          ...plan.settings,
          projectId,
          parentScenarioId: null,
          name: input.name,
          description: `Quick start (${input.commodity}): refine its inputs in the editor`,
          status: "draft",
          isBaseCase: input.isBaseCase,
          createdBy: userId,
        },
      });
      await w.audit({ action: "create", entityType: "scenario", entityId: created.id, after: created });
      await insertRows(w, created.id, plan);
      const effective = await loadEffectiveScenarioFromChain(w.tx, chainOf(organisationId, [], created));
      buildModelInputs(effective);
      return presentEffectiveScenario(effective, {});
    }),
  );
}
