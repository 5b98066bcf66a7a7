import type { DbOrTx } from "@/db";
import { getPriceDeckWithPrices, type PriceDeckWithPrices } from "@/db/queries/price-decks";
import { findProjectRow } from "@/db/queries/projects";
import {
  getScenarioChain,
  resolveCorrelations,
  resolveRows,
  resolveSettings,
  type EffectiveCorrelation,
  type EffectiveRow,
  type ScenarioChain,
  type ScenarioRowByEntity,
  type ScenarioSettingKey,
  type ScenarioSettings,
  type SettingSource,
} from "@/db/queries/scenario-inheritance";
import { toScenarioHeader, type ScenarioHeader } from "@/db/queries/scenarios";
import { SCENARIO_ROW_ENTITIES, type ScenarioRowEntity } from "@/lib/domain/inputs";
import type { ModelSource } from "./to-model-inputs";

export type EffectiveRows = { [E in ScenarioRowEntity]: EffectiveRow<ScenarioRowByEntity[E]>[] } & {
  correlations: EffectiveCorrelation[];
};

/** What a scenario effectively is: its header, resolved settings and (when loaded) rows, and their origins. */
export type EffectiveScenario = {
  organisationId: string;
  project: { id: string; name: string; primaryCommodity: string; currency: string };
  scenario: ScenarioHeader;
  /** Root first, without the scenario itself. */
  ancestors: { id: string; name: string }[];
  settings: ScenarioSettings;
  settingSources: Record<ScenarioSettingKey, SettingSource>;
  /** The effective price deck with its prices when the effective price source is "deck" (and it exists), else null. */
  priceDeck: PriceDeckWithPrices | null;
  /** The decks the effective product rows name, with their prices (a deck another organisation owns is absent). */
  productDecks: PriceDeckWithPrices[];
  rows: EffectiveRows;
};

/**
 * The effective scenario, rows included: one query per table for the whole ancestry.
 *
 * Signature: `loadEffectiveScenario(db, { organisationId, scenarioId }): Promise<EffectiveScenario | undefined>`.
 * @returns undefined when the scenario is not found in the organisation (→ 404)
 * @example const effective = await loadEffectiveScenario(db, { organisationId, scenarioId }); toModelInputs(toModelSource(effective));
 */
export async function loadEffectiveScenario(
  db: DbOrTx,
  { organisationId, scenarioId }: { organisationId: string; scenarioId: string },
): Promise<EffectiveScenario | undefined> {
  const chain = await getScenarioChain(db, { organisationId, scenarioId });
  if (!chain) return undefined;
  return loadEffectiveScenarioFromChain(db, chain);
}

/** The project fields an effective scenario carries. */
export type EffectiveProject = EffectiveScenario["project"];

/** As loadEffectiveScenario, for a chain already read; pass the chain's project when it is already loaded. */
export async function loadEffectiveScenarioFromChain(
  db: DbOrTx,
  chain: ScenarioChain,
  knownProject?: EffectiveProject | Promise<EffectiveProject>,
): Promise<EffectiveScenario> {
  const { settings, sources } = resolveSettings(chain);
  const [project, rows, priceDeck] = await Promise.all([
    knownProject ?? loadEffectiveProject(db, chain),
    loadEffectiveRows(db, chain),
    loadEffectivePriceDeck(db, chain.organisationId, settings),
  ]);
  const productDecks = await loadProductDecks(db, chain.organisationId, rows.product);
  return {
    organisationId: chain.organisationId,
    project,
    scenario: toScenarioHeader(chain.scenario),
    ancestors: chain.scenarios.slice(0, -1).map(({ id, name }) => ({ id, name })),
    settings,
    settingSources: sources,
    priceDeck,
    productDecks,
    rows,
  };
}

/** The decks the product rows name, each read once; none (no query) when no product is on a deck. */
async function loadProductDecks(db: DbOrTx, organisationId: string, products: EffectiveRows["product"]): Promise<PriceDeckWithPrices[]> {
  const deckIds = [...new Set(products.flatMap(({ row }) => (row.priceDeckId ? [row.priceDeckId] : [])))];
  const decks = await Promise.all(deckIds.map((deckId) => getPriceDeckWithPrices(db, { organisationId, deckId })));
  return decks.filter((deck) => deck !== undefined);
}

/** The deck a scenario on a price deck reads its prices from (scoped by organisation: another's is not found). */
async function loadEffectivePriceDeck(db: DbOrTx, organisationId: string, settings: ScenarioSettings): Promise<PriceDeckWithPrices | null> {
  if (settings.priceSource !== "deck" || settings.priceDeckId === null) return null;
  return (await getPriceDeckWithPrices(db, { organisationId, deckId: settings.priceDeckId })) ?? null;
}

/** Several chains at once, each project read once (a comparison's scenarios usually share one). */
export async function loadEffectiveScenarios(db: DbOrTx, chains: readonly ScenarioChain[]): Promise<EffectiveScenario[]> {
  const projects = new Map<string, Promise<EffectiveProject>>();
  for (const chain of chains) {
    if (!projects.has(chain.projectId)) projects.set(chain.projectId, loadEffectiveProject(db, chain));
  }
  return Promise.all(chains.map((chain) => loadEffectiveScenarioFromChain(db, chain, projects.get(chain.projectId))));
}

async function loadEffectiveProject(db: DbOrTx, chain: ScenarioChain): Promise<EffectiveProject> {
  const project = await findProjectRow(db, { organisationId: chain.organisationId, projectId: chain.projectId });
  if (!project) throw new Error(`project ${chain.projectId} of scenario ${chain.scenario.id} not found`);
  return { id: project.id, name: project.name, primaryCommodity: project.primaryCommodity, currency: project.currency };
}

/** Every kind of effective row and the effective correlations (of effective parameters only). */
export async function loadEffectiveRows(db: DbOrTx, chain: ScenarioChain): Promise<EffectiveRows> {
  const [parameter, production, capex, opex, consumption, equipment, product] = await Promise.all(
    SCENARIO_ROW_ENTITIES.map((entity) => resolveRows(db, { chain, entity })),
  );
  const parameters = (parameter ?? []) as EffectiveRows["parameter"];
  const correlations = await resolveCorrelations(db, {
    chain,
    parameterLineageIds: new Set(parameters.map((p) => p.row.lineageId)),
  });
  return {
    parameter: parameters,
    production: (production ?? []) as EffectiveRows["production"],
    capex: (capex ?? []) as EffectiveRows["capex"],
    opex: (opex ?? []) as EffectiveRows["opex"],
    consumption: (consumption ?? []) as EffectiveRows["consumption"],
    equipment: (equipment ?? []) as EffectiveRows["equipment"],
    product: (product ?? []) as EffectiveRows["product"],
    correlations,
  };
}

/** The part of an effective scenario the engine mapping needs. */
export function toModelSource(effective: EffectiveScenario): ModelSource {
  const plain = <R>(rows: EffectiveRow<R>[]): R[] => rows.map((entry) => entry.row);
  return {
    commodity: effective.project.primaryCommodity,
    settings: effective.settings,
    priceDeck: effective.priceDeck,
    productDecks: effective.productDecks,
    rows: {
      production: plain(effective.rows.production),
      capex: plain(effective.rows.capex),
      opex: plain(effective.rows.opex),
      consumption: plain(effective.rows.consumption),
      equipment: plain(effective.rows.equipment),
      products: plain(effective.rows.product),
    },
  };
}
