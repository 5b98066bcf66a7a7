import { randomUUID } from "node:crypto";
import type { DbOrTx } from "@/db";
import { getPriceDeckByName } from "@/db/queries/price-decks";
import { insertAuditedPriceDeck } from "@/lib/price-decks";
import { createPriceDeckSchema, type CreatePriceDeckInput } from "@/lib/validation/price-deck";
import type { Write } from "@/lib/writes";
import { deckDifferences } from "./price-deck-compare";
import type { PriceDeckRowFields } from "./kinds/price-decks";
import type { ProblemList } from "./table";
import type { ValidatedSheet, ValidRow } from "./validate";

// What the price-decks sheet does: the rows of one name are one deck, matched by NAME in the scenario's
// organisation. Missing -> created (by the commit, audited as POST /api/price-decks does); there with the same
// terms and prices -> reused; there with others -> a problem at the deck's first row: an import never changes a
// deck (other scenarios may use it). Nothing of another organisation is read: deck_id is only the file's name for
// the deck, which the settings sheet's priceDeckId may use (settings-deck.ts translates it).

export type PlannedDeck = {
  /** The deck as the API would create it; null when its rows break a rule. */
  input: CreatePriceDeckInput | null;
  /** The deck's id in the file (deck_id), lower case, or null when the file gives none. */
  fileDeckId: string | null;
  /** The organisation's deck it becomes: the existing one, or the id the commit creates it under; null on a problem. */
  deckId: string | null;
  outcome: "created" | "unchanged" | "invalid";
};

export type PriceDecksPlan = { sheet: ValidatedSheet; decks: PlannedDeck[]; created: number; unchanged: number };

type DeckRows = { rows: ValidRow[]; fields: PriceDeckRowFields[] };

const fieldsOf = (row: ValidRow) => row.fields as PriceDeckRowFields;

const termsKey = ({ deckId, deck }: PriceDeckRowFields) =>
  JSON.stringify([deckId, deck.commodity, deck.priceUnit, deck.currency, deck.longTermPrice]);

/** The sheet's rows by deck name; a row whose terms or deck_id differ from its deck's first row is a problem. */
function groupByName(sheet: ValidatedSheet, problems: ProblemList): Map<string, DeckRows> {
  const decks = new Map<string, DeckRows>();
  const nameOfFileId = new Map<string, string>();
  for (const row of sheet.rows) {
    const fields = fieldsOf(row);
    const { name } = fields.deck;
    const group = decks.get(name) ?? { rows: [], fields: [] };
    const first = group.fields[0];
    const problem = (column: string, value: string | null, rule: string) =>
      problems.add({ sheet: sheet.sheet, row: row.rowNumber, column, value, code: "price_deck_rows", rule });
    const otherName = fields.deckId === null ? undefined : nameOfFileId.get(fields.deckId);
    if (otherName !== undefined && otherName !== name) {
      problem("deck_id", fields.deckId, `deck_id is the id of the deck "${otherName}" in an earlier row; each deck has its own`);
    } else if (first && termsKey(first) !== termsKey(fields)) {
      problem("name", name, `Row ${group.rows[0]?.rowNumber ?? 0} of the deck "${name}" has other terms: every row of a deck repeats its deck_id, commodity, price_unit, currency and long_term_price`);
    } else {
      group.rows.push(row);
      group.fields.push(fields);
      decks.set(name, group);
      if (fields.deckId !== null) nameOfFileId.set(fields.deckId, name);
    }
  }
  return decks;
}

/** One deck as the API would create it from its rows, or undefined (problems at the rows) when it breaks a rule. */
function assembleDeck(sheet: ValidatedSheet, { rows, fields }: DeckRows, problems: ProblemList): CreatePriceDeckInput | undefined {
  const priced = rows.flatMap((row, index) => {
    const price = fields[index]?.price;
    return price ? [{ row, price }] : [];
  });
  const first = fields[0];
  if (!first) return undefined;
  const description = fields.find((f) => f.deck.description)?.deck.description ?? null;
  const result = createPriceDeckSchema.safeParse({ ...first.deck, description, prices: priced.map((p) => p.price) });
  if (result.success) return { ...result.data, prices: [...result.data.prices].sort((a, b) => a.year - b.year) };
  for (const issue of result.error.issues) {
    const at = issue.path[0] === "prices" && typeof issue.path[1] === "number" ? priced[issue.path[1]]?.row : rows[0];
    const column = issue.path[0] !== "prices" ? "name" : issue.path[2] === "price" ? "price" : "year";
    problems.add({ sheet: sheet.sheet, row: at?.rowNumber ?? 0, column, value: null, code: "rule", rule: issue.message });
  }
  return undefined;
}

/** Plans every deck of the sheet against the organisation's decks of the same names. */
export async function planPriceDecks(
  db: DbOrTx,
  { organisationId, sheet, problems }: { organisationId: string; sheet: ValidatedSheet; problems: ProblemList },
): Promise<PriceDecksPlan> {
  const decks: PlannedDeck[] = [];
  for (const [name, group] of groupByName(sheet, problems)) {
    const fileDeckId = group.fields[0]?.deckId ?? null;
    const input = assembleDeck(sheet, group, problems);
    if (!input) {
      decks.push({ input: null, fileDeckId, deckId: null, outcome: "invalid" });
      continue;
    }
    const existing = await getPriceDeckByName(db, { organisationId, name });
    const differences = existing ? deckDifferences(existing, input) : [];
    if (differences.length > 0) {
      const rule = `A price deck named "${name}" exists in this organisation with ${differences.join(", ")}; rename the deck in the file to import it as a new deck, or make its rows equal to the existing deck's (an import never changes a deck)`;
      problems.add({ sheet: sheet.sheet, row: group.rows[0]?.rowNumber ?? 0, column: "name", value: name, code: "price_deck_differs", rule });
    }
    const deckId = differences.length > 0 ? null : (existing?.id ?? randomUUID());
    const outcome = differences.length > 0 ? "invalid" : existing ? "unchanged" : "created";
    decks.push({ input, fileDeckId, deckId, outcome });
  }
  const count = (outcome: PlannedDeck["outcome"]) => decks.filter((deck) => deck.outcome === outcome).length;
  return { sheet, decks, created: count("created"), unchanged: count("unchanged") };
}

/** Creates the planned new decks in the import's transaction (before the settings that may name them). */
export async function writePriceDecks(w: Write, plan: PriceDecksPlan): Promise<void> {
  for (const deck of plan.decks) {
    if (deck.outcome === "created" && deck.deckId && deck.input) await insertAuditedPriceDeck(w, deck.input, { deckId: deck.deckId });
  }
}
