import type { DbOrTx } from "@/db";
import { loadRowState, type RowState } from "@/db/queries/rows/row-state";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import type { ImportKind } from "./columns";
import { planCorrelations, type CorrelationsPlan } from "./correlations-plan";
import { KIND_DEFINITIONS } from "./kinds";
import { matchConsumptionActuals, type ConsumptionActualsMatch } from "./consumption-actuals-match";
import { equipmentLinesAfter, loadOwnLogs, matchLogs, type MaintenanceMatch } from "./maintenance-match";
import { matchRows, type MatchResult } from "./match";
import { planPriceDecks, type PriceDecksPlan } from "./price-decks-plan";
import { checkProductDecks, translateProductDeckIds } from "./product-decks";
import { checkProductNames } from "./product-names";
import { checkImportedDeck, deckIdsOfFile, translateDeckId } from "./settings-deck";
import { planSettings, type SettingsPlan } from "./settings-plan";
import type { ProblemList } from "./table";
import type { ValidatedSheet } from "./validate";

// What an import would do to a scenario, kind by kind: the read half of preview and commit (commit runs it
// again inside its transaction, so it writes exactly what it checked).

export type KindPlan = { sheet: ValidatedSheet; state: RowState; match: MatchResult };

export type ImportPlan = {
  priceDecks?: PriceDecksPlan;
  settings?: SettingsPlan;
  kinds: Map<ImportKind, KindPlan>;
  maintenance?: { sheet: ValidatedSheet; match: MaintenanceMatch; equipmentState: RowState };
  consumptionActuals?: { sheet: ValidatedSheet; match: ConsumptionActualsMatch };
  correlations?: CorrelationsPlan;
};

export type KindSummary = {
  kind: ImportKind;
  sheet: string;
  rows: number;
  invalidRows: number;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
};

/**
 * Matches every sheet against the scenario's current settings and rows; problems only the scenario reveals (a
 * root left incomplete, a log's unknown equipment line, a pair's unknown parameter) go to the list.
 */
export async function planImport(
  db: DbOrTx,
  { chain, sheets: fileSheets, problems }: { chain: ScenarioChain; sheets: readonly ValidatedSheet[]; problems: ProblemList },
): Promise<ImportPlan> {
  const plan: ImportPlan = { kinds: new Map() };
  const fileDecks = await planDecksAndSettings(db, { chain, sheets: fileSheets, problems, plan });
  // A product row may name a deck of the file's price-decks sheet by its exported id, as the settings may.
  const sheets = fileSheets.map((sheet) => (sheet.kind === "products" ? translateProductDeckIds(sheet, fileDecks.ids) : sheet));
  for (const sheet of sheets) {
    const entity = KIND_DEFINITIONS[sheet.kind].entity;
    if (!entity) continue;
    const state = await loadRowState(db, { chain, entity });
    plan.kinds.set(sheet.kind, { sheet, state, match: matchRows(state, KIND_DEFINITIONS[sheet.kind], sheet.rows) });
  }
  const maintenance = sheets.find((sheet) => sheet.kind === "maintenance");
  if (maintenance) {
    const equipment = plan.kinds.get("equipment");
    const equipmentState = equipment?.state ?? (await loadRowState(db, { chain, entity: "equipment" }));
    const ownLogs = await loadOwnLogs(db, { organisationId: chain.organisationId, state: equipmentState });
    const lineageOfRowId = new Map([...equipmentState.own.values()].map((row) => [row.id, row.lineageId]));
    const lines = equipmentLinesAfter(equipmentState, equipment?.match);
    plan.maintenance = { sheet: maintenance, equipmentState, match: matchLogs(maintenance, { lines, ownLogs, lineageOfRowId }, problems) };
  }
  const actuals = sheets.find((sheet) => sheet.kind === "consumption-actuals");
  if (actuals) plan.consumptionActuals = await planConsumptionActuals(db, { chain, sheet: actuals, plan, problems });
  const products = sheets.find((sheet) => sheet.kind === "products");
  if (products) {
    await checkProductNames(db, { chain, sheet: products, problems });
    await checkProductDecks(db, { chain, sheet: products, accounted: fileDecks.accounted, problems });
  }
  const correlations = sheets.find((sheet) => sheet.kind === "correlations");
  if (correlations) plan.correlations = await planCorrelations(db, { chain, sheet: correlations, parameters: plan.kinds.get("parameters"), problems });
  return plan;
}

/** The actuals of the file against the consumption items the scenario has once the file's consumption sheet is applied. */
async function planConsumptionActuals(
  db: DbOrTx,
  { chain, sheet, plan, problems }: { chain: ScenarioChain; sheet: ValidatedSheet; plan: ImportPlan; problems: ProblemList },
): Promise<NonNullable<ImportPlan["consumptionActuals"]>> {
  const consumption = plan.kinds.get("consumption");
  const state = consumption?.state ?? (await loadRowState(db, { chain, entity: "consumption" }));
  const match = await matchConsumptionActuals(db, { organisationId: chain.organisationId, sheet, state, consumption: consumption?.match }, problems);
  return { sheet, match };
}

/** The file's decks: its deck ids -> the organisation's deck each becomes; ids the price-decks sheet answers for. */
type FileDecks = { ids: Map<string, string | null>; accounted: ReadonlySet<string> };

/**
 * The file's price decks first, then the settings, whose priceDeckId may name one of them by the file's deck_id.
 * `accounted` are decks the commit creates and file decks whose problem the price-decks sheet already reports.
 */
async function planDecksAndSettings(
  db: DbOrTx,
  { chain, sheets, problems, plan }: { chain: ScenarioChain; sheets: readonly ValidatedSheet[]; problems: ProblemList; plan: ImportPlan },
): Promise<FileDecks> {
  const { organisationId } = chain;
  const decks = sheets.find((sheet) => sheet.kind === "price-decks");
  if (decks) plan.priceDecks = await planPriceDecks(db, { organisationId, sheet: decks, problems });
  const ids = deckIdsOfFile(plan.priceDecks);
  const created = (plan.priceDecks?.decks ?? []).flatMap((deck) => (deck.outcome === "created" && deck.deckId ? [deck.deckId] : []));
  const reported = [...ids].flatMap(([fileId, deckId]) => (deckId === null ? [fileId] : []));
  const accounted = new Set([...created, ...reported]);
  const settings = sheets.find((sheet) => sheet.kind === "settings");
  if (!settings) return { ids, accounted };
  plan.settings = planSettings(chain, translateDeckId(settings, ids), problems);
  await checkImportedDeck(db, { organisationId, plan: plan.settings, accounted, problems });
  return { ids, accounted };
}

function count<T extends { outcome: string }>(rows: readonly T[], outcome: string): number {
  return rows.filter((row) => row.outcome === outcome).length;
}

type Counts = Pick<KindSummary, "created" | "updated" | "unchanged" | "removed">;

function countOutcomes(rows: readonly { outcome: string }[], removed: number): Counts {
  return { created: count(rows, "created"), updated: count(rows, "updated"), unchanged: count(rows, "unchanged"), removed };
}

/**
 * Created, updated, unchanged and removed rows per kind (settings: changed and unchanged; price decks: decks created
 * and reused), in the kinds' order.
 */
export function summarisePlan(plan: ImportPlan): KindSummary[] {
  const summaries: KindSummary[] = [];
  const add = (sheet: ValidatedSheet, counts: Counts) =>
    summaries.push({ kind: sheet.kind, sheet: sheet.sheet, rows: sheet.rowCount, invalidRows: sheet.invalidRowCount, ...counts });
  if (plan.settings) add(plan.settings.sheet, { created: 0, updated: plan.settings.updated, unchanged: plan.settings.unchanged, removed: 0 });
  // Decks, not rows: a deck is created or reused (unchanged), never updated or removed by an import.
  if (plan.priceDecks) add(plan.priceDecks.sheet, { created: plan.priceDecks.created, updated: 0, unchanged: plan.priceDecks.unchanged, removed: 0 });
  for (const { sheet, match } of plan.kinds.values()) add(sheet, countOutcomes(match.rows, match.removed.length));
  if (plan.maintenance) add(plan.maintenance.sheet, countOutcomes(plan.maintenance.match.rows, plan.maintenance.match.removed.length));
  const actuals = plan.consumptionActuals;
  if (actuals) add(actuals.sheet, countOutcomes(actuals.match.rows, actuals.match.removed.length));
  if (plan.correlations) add(plan.correlations.sheet, plan.correlations.counts);
  return summaries;
}
