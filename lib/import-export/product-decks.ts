import type { DbOrTx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import type { ScenarioChain } from "@/db/queries/scenario-inheritance";
import type { ProblemList } from "./table";
import type { ValidatedSheet } from "./validate";

// A products sheet row may name a price deck (price_deck_id). As the row API (lib/rows/product-decks.ts), the
// import takes only a deck of the scenario's organisation and says of another organisation's id exactly what it
// says of a missing one. An export carries every deck its products use in the price-decks sheet (with the
// settings' deck), so a price_deck_id equal to that sheet's deck_id is first translated to the deck the sheet
// matched or creates here, exactly as the settings' priceDeckId is (settings-deck.ts).

/** The products sheet with each price_deck_id that names a deck of the file replaced by that deck's id here. */
export function translateProductDeckIds(sheet: ValidatedSheet, fileDecks: ReadonlyMap<string, string | null>): ValidatedSheet {
  const rows = sheet.rows.map((row) => {
    const deckId = row.fields.priceDeckId;
    if (typeof deckId !== "string") return row;
    const translated = fileDecks.get(deckId.toLowerCase());
    return translated ? { ...row, fields: { ...row.fields, priceDeckId: translated } } : row;
  });
  return { ...sheet, rows };
}

/**
 * Adds a problem for each product row whose price_deck_id is not a deck of the scenario's organisation.
 * `accounted` are ids the file's price-decks sheet answers for: decks the commit creates, and decks whose problem
 * that sheet already reports.
 */
export async function checkProductDecks(
  db: DbOrTx,
  { chain, sheet, accounted, problems }: { chain: ScenarioChain; sheet: ValidatedSheet; accounted: ReadonlySet<string>; problems: ProblemList },
): Promise<void> {
  const known = new Map<string, boolean>();
  for (const row of sheet.rows) {
    const deckId = row.fields.priceDeckId;
    if (typeof deckId !== "string" || accounted.has(deckId.toLowerCase())) continue;
    if (!known.has(deckId)) known.set(deckId, (await findPriceDeck(db, { organisationId: chain.organisationId, deckId })) !== undefined);
    if (known.get(deckId)) continue;
    problems.add({
      sheet: sheet.sheet,
      row: row.rowNumber,
      column: "price_deck_id",
      value: deckId,
      code: "unknown_price_deck",
      rule: "price_deck_id is not a price deck of this organisation: add the deck to the file's price-decks sheet (an export carries it), create it here first and use its id, or leave it empty for the flat price",
    });
  }
}
