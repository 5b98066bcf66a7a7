import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../client";
import { scenarioRowRemovals, type ScenarioRowRemoval } from "../../schema";
import type { ScenarioRowEntity } from "@/lib/domain/row-kinds";
import {
  getScenarioChain,
  resolveRows,
  type EffectiveRow,
  type ScenarioChain,
  type ScenarioRowByEntity,
} from "../scenario-inheritance";
import type { AnyScenarioRow } from "./tables";

/** What one scenario has of one kind of row: the rule's inputs and its result, all keyed by lineage id. */
export type RowState = {
  scenarioId: string;
  /** The scenario's effective rows, in the resolver's order. */
  effective: EffectiveRow<AnyScenarioRow>[];
  /** The parent's effective rows (empty for a root): what the scenario inherits before its own changes. */
  inherited: Map<string, AnyScenarioRow>;
  /** Rows stored in this scenario (its own rows and its overrides). */
  own: Map<string, AnyScenarioRow>;
  /** Lineages this scenario removes. */
  removals: Map<string, ScenarioRowRemoval>;
};

/** The chain of the scenario's parent, or undefined for a root. */
export function parentChainOf(chain: ScenarioChain): ScenarioChain | undefined {
  const ancestors = chain.scenarios.slice(0, -1);
  const parent = ancestors.at(-1);
  return parent ? { ...chain, scenarios: ancestors, scenario: parent } : undefined;
}

/**
 * Reads the effective rows of a kind for the chain's scenario, with the parent's effective rows, the scenario's
 * own rows and its removals (what a write needs to decide between an own row, an override and a removal).
 */
export async function loadRowState<E extends ScenarioRowEntity>(
  db: DbOrTx,
  { chain, entity }: { chain: ScenarioChain; entity: E },
): Promise<RowState> {
  const parentChain = parentChainOf(chain);
  const scenarioId = chain.scenario.id;
  const [effective, inherited, removals] = await Promise.all([
    resolveRows(db, { chain, entity }) as Promise<EffectiveRow<ScenarioRowByEntity[E]>[]>,
    parentChain ? resolveRows(db, { chain: parentChain, entity }) : Promise.resolve([]),
    db
      .select()
      .from(scenarioRowRemovals)
      .where(and(eq(scenarioRowRemovals.scenarioId, scenarioId), eq(scenarioRowRemovals.entity, entity))),
  ]);
  const own = effective.filter((entry) => entry.sourceScenarioId === scenarioId).map((entry) => entry.row);
  return {
    scenarioId,
    effective,
    inherited: new Map(inherited.map((entry) => [entry.row.lineageId, entry.row])),
    own: new Map(own.map((row) => [row.lineageId, row])),
    removals: new Map(removals.map((removal) => [removal.lineageId, removal])),
  };
}

/**
 * The effective rows of one kind of a scenario of the organisation, with its version.
 * @returns undefined when the scenario does not exist or belongs to another organisation
 */
export async function getEffectiveRows(
  db: DbOrTx,
  { organisationId, scenarioId, entity }: { organisationId: string; scenarioId: string; entity: ScenarioRowEntity },
): Promise<{ rows: EffectiveRow<AnyScenarioRow>[]; scenarioVersion: number } | undefined> {
  const chain = await getScenarioChain(db, { organisationId, scenarioId });
  if (!chain) return undefined;
  const rows: EffectiveRow<AnyScenarioRow>[] = await resolveRows(db, { chain, entity });
  return { rows, scenarioVersion: chain.scenario.version };
}
