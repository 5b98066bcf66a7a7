import type { DbOrTx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import type { ProblemList } from "./table";
import type { ValidatedSheet } from "./validate";

// A products sheet row may name a price deck (price_deck_id). As the row API (lib/rows/product-decks.ts), the
// import takes only a deck of the scenario's organisation and says of another organisation's id exactly what it
// says of a missing one. A product's deck is not carried by the file's price-decks sheet (that sheet is the
// scenario's own deck): the deck must already exist in the organisation.

/** Adds a problem for each product row whose price_deck_id is not a deck of the scenario's organisation. */
export async function checkProductDecks(db: DbOrTx, { chain, sheet, problems }: { chain: ScenarioChain; sheet: ValidatedSheet; problems: ProblemList }): Promise<void> {
  const known = new Map<string, boolean>();
  for (const row of sheet.rows) {
    const deckId = row.fields.priceDeckId;
    if (typeof deckId !== "string") continue;
    if (!known.has(deckId)) known.set(deckId, (await findPriceDeck(db, { organisationId: chain.organisationId, deckId })) !== undefined);
    if (known.get(deckId)) continue;
    problems.add({
      sheet: sheet.sheet,
      row: row.rowNumber,
      column: "price_deck_id",
      value: deckId,
      code: "unknown_price_deck",
      rule: "price_deck_id is not a price deck of this organisation: create the deck here first and use its id, or leave it empty for the flat price",
    });
  }
}
