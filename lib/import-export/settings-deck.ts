import type { DbOrTx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import type { ProblemList } from "./table";
import type { SettingsPlan } from "./settings-plan";

// A settings sheet may name a price deck (priceDeckId). The foreign key only says some deck exists; the import,
// like PATCH /api/scenarios/{id}, takes only a deck of the scenario's own organisation, and says of any other id
// exactly what it says of a missing one (so a file never learns whether another organisation's deck exists).

/** Adds a problem at the priceDeckId row when the sheet would point the scenario at a deck not of its organisation. */
export async function checkImportedDeck(db: DbOrTx, organisationId: string, plan: SettingsPlan, problems: ProblemList): Promise<void> {
  const deckId = plan.changes.priceDeckId;
  if (deckId === null || deckId === undefined) return;
  if (await findPriceDeck(db, { organisationId, deckId })) return;
  const row = plan.sheet.rows.find((entry) => entry.fields.setting === "priceDeckId");
  problems.add({
    sheet: plan.sheet.sheet,
    row: row?.rowNumber ?? 0,
    column: "value",
    value: deckId,
    code: "unknown_price_deck",
    rule: "priceDeckId is not a price deck of this organisation: create the deck here first and name it, or set priceSource to flat",
  });
}
