import type { DbOrTx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import { AppError, type FieldErrors } from "@/lib/errors";

// A product priced on a deck names a deck of the scenario's organisation. The foreign key only says some deck
// exists; here another organisation's deck is answered exactly like a missing one (as a scenario's own price deck:
// lib/scenarios/price-deck-rules.ts). Whether the deck can price the product (commodity, unit, currency) is the
// engine mapping's rule (lib/scenarios/product-deck-prices.ts), checked when the scenario is evaluated, because the
// scenario's price currency may still change after the row is written.

/** A product about to be written, with the field-error key its priceDeckId is reported under. */
export type ProductOnDeck = { fields: { priceDeckId?: unknown }; errorKey: string };

/**
 * Refuses a product whose priceDeckId is not a deck of the scenario's organisation.
 * @throws AppError PRICE_DECK_INVALID (422), each offending row's priceDeckId in fieldErrors
 */
export async function assertProductDecksOfOrganisation(db: DbOrTx, chain: ScenarioChain, products: readonly ProductOnDeck[]): Promise<void> {
  const fieldErrors: FieldErrors = {};
  const known = new Map<string, boolean>();
  for (const { fields, errorKey } of products) {
    const deckId = fields.priceDeckId;
    if (typeof deckId !== "string") continue;
    if (!known.has(deckId)) known.set(deckId, (await findPriceDeck(db, { organisationId: chain.organisationId, deckId })) !== undefined);
    if (!known.get(deckId)) fieldErrors[errorKey] = ["is not a price deck of this organisation"];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("PRICE_DECK_INVALID", "The price deck does not exist in this organisation", { status: 422, fieldErrors });
  }
}
