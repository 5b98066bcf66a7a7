import type { PriceDeckWithPrices } from "@/db/queries/price-decks";
import { computeCashFlowTable } from "@/lib/engine/model";
import type { ScenarioSettings } from "@/db/queries/scenario-inheritance";
import type { ScenarioHeader } from "@/db/queries/scenarios";
import { toModelSource, type EffectiveScenario } from "./load-effective-scenario";
import { toModelInputs } from "./to-model-inputs";

// The deck × scenario matrix (issue #14): every scenario of a project valued on its own flat price and on each of
// the organisation's price decks, everything else as the scenario has it. Pure: the loader is deck-matrix-load.ts.
// A cell is the deterministic NPV at the scenario's own discount rate and convention (scenario currency) and the
// project IRR (%, null when the flows have none or several); a deck that cannot price the scenario (other
// commodity, unit or currency) or a scenario whose inputs are incomplete gives a refused cell with the reason.

export type DeckMatrixColumn =
  | { kind: "flat"; id: "flat"; name: string }
  | { kind: "deck"; id: string; name: string; commodity: string; priceUnit: string; currency: string; longTermPrice: number };

export type DeckMatrixCell =
  | { kind: "valued"; npv: number; irrPct: number | null; irrNote: "none" | "multiple" | null }
  | { kind: "refused"; message: string };

export type DeckMatrixRow = {
  scenario: Pick<ScenarioHeader, "id" | "name" | "status" | "isBaseCase" | "parentScenarioId">;
  currency: string;
  discountRatePct: number | null;
  /** The settings that say how NPV is valued (timing, valuation date, period 0), for the figure's convention note. */
  valuation: Pick<ScenarioSettings, "discounting" | "valuationDate" | "periodZeroTiming" | "constructionPeriods">;
  /** The column of the scenario's own effective price source ("flat" or a deck id). */
  ownColumnId: string;
  /** One cell per column, in the columns' order. */
  cells: DeckMatrixCell[];
};

export type DeckMatrix = { columns: DeckMatrixColumn[]; rows: DeckMatrixRow[] };

export const FLAT_COLUMN: DeckMatrixColumn = { kind: "flat", id: "flat", name: "Own flat price" };

/** The matrix of the scenarios (in their order) against their flat price and each deck (in the decks' order). */
export function computeDeckMatrix(effectives: readonly EffectiveScenario[], decks: readonly PriceDeckWithPrices[]): DeckMatrix {
  const columns: DeckMatrixColumn[] = [FLAT_COLUMN, ...decks.map(toDeckColumn)];
  const rows = effectives.map((effective): DeckMatrixRow => {
    const { id, name, status, isBaseCase, parentScenarioId } = effective.scenario;
    const own = effective.settings.priceSource === "deck" ? (effective.settings.priceDeckId ?? "flat") : "flat";
    return {
      scenario: { id, name, status, isBaseCase, parentScenarioId },
      currency: effective.settings.currency ?? effective.project.currency,
      discountRatePct: effective.settings.discountRatePct,
      valuation: pickValuation(effective.settings),
      ownColumnId: own,
      cells: [valueCell(onFlatPrice(effective)), ...decks.map((deck) => valueCell(onDeck(effective, deck)))],
    };
  });
  return { columns, rows };
}

function pickValuation({ discounting, valuationDate, periodZeroTiming, constructionPeriods }: ScenarioSettings): DeckMatrixRow["valuation"] {
  return { discounting, valuationDate, periodZeroTiming, constructionPeriods };
}

function toDeckColumn(deck: PriceDeckWithPrices): DeckMatrixColumn {
  const { id, name, commodity, priceUnit, currency, longTermPrice } = deck;
  return { kind: "deck", id, name, commodity, priceUnit, currency, longTermPrice };
}

function onFlatPrice(effective: EffectiveScenario): EffectiveScenario {
  return { ...effective, settings: { ...effective.settings, priceSource: "flat" }, priceDeck: null };
}

function onDeck(effective: EffectiveScenario, deck: PriceDeckWithPrices): EffectiveScenario {
  return { ...effective, settings: { ...effective.settings, priceSource: "deck", priceDeckId: deck.id }, priceDeck: deck };
}

/** The scenario's deterministic NPV and IRR, or the first reason its inputs cannot be modelled. */
function valueCell(effective: EffectiveScenario): DeckMatrixCell {
  const result = toModelInputs(toModelSource(effective));
  if (!result.ok) return { kind: "refused", message: capitalise(result.errors[0]?.message ?? "the inputs cannot be modelled") };
  const { npv, irr } = computeCashFlowTable(result.inputs).metrics;
  if (irr.kind === "unique") return { kind: "valued", npv, irrPct: irr.rate * 100, irrNote: null };
  return { kind: "valued", npv, irrPct: null, irrNote: irr.kind };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
