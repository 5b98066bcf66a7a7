import { z } from "zod";
import type { PriceDeckWithPrices } from "@/db/queries/price-decks";
import { METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { createPriceDeckSchema, type CreatePriceDeckInput } from "@/lib/validation/price-deck";
import { column, type KindDefinition, type RowValues } from "../columns";

// The price decks the scenario uses (its settings' priceDeckId, then its products' decks), one row per priced year; a
// deck with no priced year is one row with year and price empty. Every row of a deck repeats its terms (name,
// commodity, unit, currency, long-term price). Each row is validated as a one-year deck by the schema of
// POST /api/price-decks, so a deck imports exactly as the API would take it; price-decks-plan.ts assembles the
// rows of one name into one deck and matches it by name in the scenario's organisation. deck_id is the exported
// deck's id: it only says which deck the settings sheet's priceDeckId means.

export type PriceDeckRowFields = {
  deckId: string | null;
  deck: CreatePriceDeckInput;
  /** The row's priced year, or null for a row that only carries the deck's terms. */
  price: { year: number; price: number } | null;
};

const rowSchema = z
  .object({
    deckId: z.uuid().nullable(),
    year: z.number().nullable(),
    price: z.number().nullable(),
    deck: createPriceDeckSchema,
  })
  .superRefine((row, ctx) => {
    if (row.year === null && row.price !== null) ctx.addIssue({ code: "custom", path: ["year"], message: "Give the year this price is for" });
    if (row.year !== null && row.price === null) ctx.addIssue({ code: "custom", path: ["price"], message: "Give the price for this year, or leave year and price empty" });
  })
  .transform(({ deckId, year, price, deck }): PriceDeckRowFields => ({
    deckId,
    deck: { ...deck, prices: [] },
    price: year !== null && price !== null ? { year, price } : null,
  }));

const COLUMN_OF_FIELD: Record<string, string> = {
  deckId: "deck_id",
  name: "name",
  description: "description",
  commodity: "commodity",
  priceUnit: "price_unit",
  currency: "currency",
  longTermPrice: "long_term_price",
  year: "year",
  price: "price",
};

/** ["deck", "prices", 0, "price"] -> price; ["deck", "currency"] -> currency; ["year"] -> year. */
function columnOf(path: readonly PropertyKey[]): string | undefined {
  const field = path[0] === "deck" ? (path[1] === "prices" ? path[3] : path[1]) : path[0];
  return typeof field === "string" ? COLUMN_OF_FIELD[field] : undefined;
}

function toFields(values: RowValues): Record<string, unknown> {
  const text = (header: string) => (values[header] === null || values[header] === undefined ? undefined : String(values[header]));
  const year = typeof values.year === "number" ? values.year : null;
  const price = typeof values.price === "number" ? values.price : null;
  return {
    deckId: values.deck_id ?? null,
    year,
    price,
    deck: {
      name: text("name"),
      description: text("description") ?? null,
      commodity: text("commodity"),
      priceUnit: values.price_unit ?? undefined,
      currency: text("currency")?.toUpperCase(),
      longTermPrice: values.long_term_price ?? undefined,
      prices: year !== null && price !== null ? [{ year, price }] : [],
    },
  };
}

/** A deck's rows as an export writes them: one per priced year, ascending, or one with year and price empty. */
export function priceDeckRows(deck: PriceDeckWithPrices): RowValues[] {
  const terms: RowValues = {
    deck_id: deck.id,
    name: deck.name,
    commodity: deck.commodity,
    price_unit: deck.priceUnit,
    currency: deck.currency,
    long_term_price: deck.longTermPrice,
    description: deck.description,
  };
  if (deck.prices.length === 0) return [{ ...terms, year: null, price: null }];
  return deck.prices.map(({ year, price }) => ({ ...terms, year, price }));
}

export const PRICE_DECKS_KIND: KindDefinition = {
  kind: "price-decks",
  label: "Price decks",
  schema: rowSchema,
  columns: [
    column("deck_id", "", "uuid", {
      description: "The exported deck's id: a settings priceDeckId equal to it names the deck of this sheet (informative otherwise)",
      example: "00000000-0000-4000-8000-0000000000d1",
    }),
    column("name", "", "text", {
      isRequired: true,
      description: "The deck's name, matched in the scenario's organisation: created when missing, reused when equal, a problem when it differs",
      example: "Consensus copper",
    }),
    column("commodity", "", "text", { isRequired: true, description: "Commodity, e.g. copper (case-insensitive)", example: "copper" }),
    column("price_unit", "", "enum", { isRequired: true, values: METAL_PRICE_UNITS, description: "The unit every price is per", example: "lb" }),
    column("currency", "", "text", { isRequired: true, description: "ISO 4217 code every price is in", example: "USD" }),
    column("long_term_price", "", "number", { isRequired: true, description: "Price after the deck's last year, in currency/price_unit (more than 0)", example: 3.8 }),
    column("year", "", "integer", { description: "Calendar year of this row's price; empty (with price) for a deck with no priced year", example: 2030 }),
    column("price", "", "number", { description: "The year's price, in currency/price_unit (0 or more)", example: 4.2 }),
    column("description", "", "text", { description: "The deck's description: given to a deck the import creates; not compared", example: null }),
  ],
  toFields,
  columnOf,
};
