import type { DbOrTx } from "@/db";
import { findPriceDeck } from "@/db/queries/price-decks";
import type { PriceDecksPlan } from "./price-decks-plan";
import type { ProblemList } from "./table";
import type { SettingsPlan } from "./settings-plan";
import type { ValidatedSheet } from "./validate";

// A settings sheet may name a price deck (priceDeckId). The foreign key only says some deck exists; the import,
// like PATCH /api/scenarios/{id}, takes only a deck of the scenario's own organisation, and says of any other id
// exactly what it says of a missing one (so a file never learns whether another organisation's deck exists).
// When the same file carries the deck (the price-decks sheet, whose deck_id is the exported deck's id), the
// priceDeckId is first translated to the organisation's deck that sheet matched or creates.

/** The file's deck ids -> the organisation's deck each becomes (null: the price-decks sheet reports its problem). */
export function deckIdsOfFile(plan: PriceDecksPlan | undefined): Map<string, string | null> {
  const ids = new Map<string, string | null>();
  for (const deck of plan?.decks ?? []) if (deck.fileDeckId) ids.set(deck.fileDeckId, deck.deckId);
  return ids;
}

/** The settings sheet with a priceDeckId that names a deck of the file replaced by that deck's id here. */
export function translateDeckId(sheet: ValidatedSheet, fileDecks: ReadonlyMap<string, string | null>): ValidatedSheet {
  const rows = sheet.rows.map((row) => {
    const { setting, value } = row.fields;
    if (setting !== "priceDeckId" || typeof value !== "string") return row;
    const deckId = fileDecks.get(value.toLowerCase());
    return deckId ? { ...row, fields: { ...row.fields, value: deckId } } : row;
  });
  return { ...sheet, rows };
}

/**
 * Adds a problem at the priceDeckId row when the sheet would point the scenario at a deck not of its organisation.
 * `accounted` are ids the file's price-decks sheet answers for: decks the commit creates, and decks whose problem
 * that sheet already reports (saying it twice would only repeat it).
 */
export async function checkImportedDeck(
  db: DbOrTx,
  { organisationId, plan, accounted, problems }: { organisationId: string; plan: SettingsPlan; accounted: ReadonlySet<string>; problems: ProblemList },
): Promise<void> {
  const deckId = plan.changes.priceDeckId;
  if (deckId === null || deckId === undefined || accounted.has(deckId.toLowerCase())) return;
  if (await findPriceDeck(db, { organisationId, deckId })) return;
  const row = plan.sheet.rows.find((entry) => entry.fields.setting === "priceDeckId");
  problems.add({
    sheet: plan.sheet.sheet,
    row: row?.rowNumber ?? 0,
    column: "value",
    value: deckId,
    code: "unknown_price_deck",
    rule: "priceDeckId is not a price deck of this organisation: add the deck to the file's price-decks sheet (an export carries it), create it here first and name it, or set priceSource to flat",
  });
}
