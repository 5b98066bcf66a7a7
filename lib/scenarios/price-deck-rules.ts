import type { Tx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import { resolveSettings, type ScenarioChain, type ScenarioSettings } from "@/db/queries/scenario-inheritance";
import { AppError } from "@/lib/errors";

// The rules a scenario's price source checks when it is written. The database's foreign key only says the deck
// exists; these say it is a deck of the scenario's organisation (another organisation's is answered exactly like a
// missing one) and that a scenario on a deck has one to read.

/**
 * A deck a scenario names must belong to the scenario's organisation.
 * @throws AppError PRICE_DECK_INVALID (422) when `settings.priceDeckId` names no deck of the organisation
 */
export async function assertDeckOfOrganisation(tx: Tx, organisationId: string, settings: Partial<ScenarioSettings>): Promise<void> {
  const deckId = settings.priceDeckId;
  if (deckId === null || deckId === undefined) return;
  if (await findPriceDeck(tx, { organisationId, deckId })) return;
  throw new AppError("PRICE_DECK_INVALID", "The price deck does not exist in this organisation", {
    status: 422,
    fieldErrors: { priceDeckId: ["is not a price deck of this organisation"] },
  });
}

/**
 * A scenario whose effective price source is "deck" must have an effective deck (its own or inherited).
 * @throws AppError PRICE_DECK_REQUIRED (422)
 */
export function assertEffectiveDeck(chain: Pick<ScenarioChain, "scenarios" | "scenario">): void {
  const { settings } = resolveSettings(chain);
  if (settings.priceSource !== "deck" || settings.priceDeckId !== null) return;
  throw new AppError("PRICE_DECK_REQUIRED", "Choose the price deck this scenario takes its prices from", {
    status: 422,
    fieldErrors: { priceDeckId: ["is required when the price source is a price deck"] },
  });
}
