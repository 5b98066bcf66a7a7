import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { PRICE_DECK_LIMITS } from "../../lib/domain/price-decks";
import { decimal, isBetween, isCurrencyCode, isNonNegative, isNotBlank, isPositive, timestamps } from "./columns";
import { organisations } from "./identity";
import { metalPriceUnitEnum } from "./price-units";

// A price deck: an organisation's named forecast of one commodity's price (e.g. "Consensus copper"), a price per
// calendar year and a long-term price for every year after the last one, in the deck's currency per price unit.
// Scenarios refer to it (scenarios.price_deck_id, ON DELETE RESTRICT: a deck in use cannot be deleted).

const { minYear, maxYear, nameMaxLength } = PRICE_DECK_LIMITS;

export const priceDecks = pgTable(
  "price_decks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    /** Lower-case commodity name, e.g. "copper", as projects.primary_commodity. */
    commodity: text("commodity").notNull(),
    priceUnit: metalPriceUnitEnum("price_unit").notNull(),
    /** ISO-4217: every price of the deck is in this currency per price_unit. */
    currency: text("currency").notNull(),
    /** Currency per price_unit for every year after the deck's last year. */
    longTermPrice: decimal("long_term_price").notNull(),
    /** Optimistic concurrency, as projects.version: bumped by any change to the deck or its prices. */
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Leading organisation_id: also the index for the organisation FK (every deck query filters by it).
    unique("price_decks_organisation_id_name_unique").on(t.organisationId, t.name),
    check("price_decks_name_length", sql`${isNotBlank(t.name)} AND length(${t.name}) <= ${sql.raw(String(nameMaxLength))}`),
    check("price_decks_commodity_not_blank", isNotBlank(t.commodity)),
    check("price_decks_currency_iso", isCurrencyCode(t.currency)),
    check("price_decks_long_term_price_positive", isPositive(t.longTermPrice)),
    check("price_decks_version_positive", sql`${t.version} >= 1`),
  ],
);

/** One year's price of a deck, in the deck's currency per its price unit. */
export const priceDeckPrices = pgTable(
  "price_deck_prices",
  {
    deckId: uuid("deck_id")
      .notNull()
      .references(() => priceDecks.id, { onDelete: "cascade" }),
    /** Calendar year. */
    year: integer("year").notNull(),
    price: decimal("price").notNull(),
  },
  (t) => [
    // Leading deck_id: also the index for the deck FK.
    primaryKey({ name: "price_deck_prices_pkey", columns: [t.deckId, t.year] }),
    check("price_deck_prices_year_range", isBetween(t.year, minYear, maxYear)),
    check("price_deck_prices_price_non_negative", isNonNegative(t.price)),
  ],
);

export type PriceDeck = typeof priceDecks.$inferSelect;
export type NewPriceDeck = typeof priceDecks.$inferInsert;
export type PriceDeckPrice = typeof priceDeckPrices.$inferSelect;
export type NewPriceDeckPrice = typeof priceDeckPrices.$inferInsert;
