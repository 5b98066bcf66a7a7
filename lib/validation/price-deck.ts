import { z } from "zod";
import { PRICE_DECK_LIMITS } from "@/lib/domain/price-decks";
import { METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { currencyCodeSchema } from "./project";

// A price deck as clients send it. The prices are one set: a create or an update that sends `prices` sends every
// year the deck prices. Years need not be contiguous but each appears once. Messages name the field and, where the
// request says it (a create), the deck's unit: "Price for 2031 must be 0 or more, in USD/lb".

const { nameMaxLength, descriptionMaxLength, commodityMaxLength, maxYears, minYear, maxYear } = PRICE_DECK_LIMITS;
/** numeric(24,8) holds 16 integer digits. */
const MAX_PRICE = 1e15;

const nameSchema = z
  .string({ error: "Name must be text" })
  .trim()
  .min(1, "Name must not be blank")
  .max(nameMaxLength, `Name must be at most ${nameMaxLength} characters`);
const descriptionSchema = z
  .string({ error: "Description must be text" })
  .trim()
  .max(descriptionMaxLength, `Description must be at most ${descriptionMaxLength} characters`)
  .nullable()
  .optional();
const priceNumber = z.number({ error: "must be a number" });

export const deckYearPriceSchema = z.object({
  year: z
    .int({ error: "Year must be a whole calendar year, such as 2030" })
    .min(minYear, `Year must be ${minYear} or later`)
    .max(maxYear, `Year must be ${maxYear} or earlier`),
  /** Deck currency per price unit; checked (≥ 0) with the deck's unit in the message, below. */
  price: priceNumber,
});
export type DeckYearPriceInput = z.infer<typeof deckYearPriceSchema>;

const pricesSchema = z.array(deckYearPriceSchema, { error: "Prices must be a list of { year, price }" });

type PricedFields = { longTermPrice?: number; prices?: readonly DeckYearPriceInput[] };

/**
 * The rules on a deck's numbers, reported at the field: the long-term price above 0, each year's price 0 or more,
 * at most 100 years, each year once. `unit` is how prices are written in messages ("USD/lb").
 */
export function checkDeckPrices(deck: PricedFields, unit: string, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const { longTermPrice, prices = [] } = deck;
  if (longTermPrice !== undefined && !(longTermPrice > 0)) issue(["longTermPrice"], `Long-term price must be more than 0, in ${unit}`);
  if (longTermPrice !== undefined && longTermPrice > MAX_PRICE) issue(["longTermPrice"], `Long-term price must be at most ${MAX_PRICE}, in ${unit}`);
  if (prices.length > maxYears) issue(["prices"], `A deck prices at most ${maxYears} years (this one has ${prices.length})`);
  const seen = new Set<number>();
  prices.forEach(({ year, price }, index) => {
    if (price < 0) issue(["prices", index, "price"], `Price for ${year} must be 0 or more, in ${unit}`);
    if (price > MAX_PRICE) issue(["prices", index, "price"], `Price for ${year} must be at most ${MAX_PRICE}, in ${unit}`);
    if (seen.has(year)) issue(["prices", index, "year"], `Year ${year} is given more than once: give each year one price`);
    seen.add(year);
  });
}

export const createPriceDeckSchema = z
  .object({
    name: nameSchema,
    description: descriptionSchema,
    /** Lower-cased on the way in, as projects' primary commodity: the engine mapping matches them by name. */
    commodity: z
      .string({ error: "Commodity must be text" })
      .trim()
      .min(1, "Commodity must not be blank, e.g. copper")
      .max(commodityMaxLength, `Commodity must be at most ${commodityMaxLength} characters`)
      .transform((value) => value.toLowerCase()),
    priceUnit: z.enum(METAL_PRICE_UNITS, { error: `Price unit must be one of ${METAL_PRICE_UNITS.join(", ")}` }),
    currency: currencyCodeSchema,
    /** Deck currency per price unit, for every year after the deck's last year. */
    longTermPrice: priceNumber,
    prices: pricesSchema.default([]),
  })
  .superRefine((deck, ctx) => checkDeckPrices(deck, `${deck.currency}/${deck.priceUnit}`, ctx));
export type CreatePriceDeckInput = z.infer<typeof createPriceDeckSchema>;

/**
 * Any of name, description, long-term price and the whole set of prices, plus the version read (409 when it changed).
 * The commodity, unit and currency of a deck are fixed: scenarios that use it were checked against them.
 */
export const updatePriceDeckSchema = z
  .object({
    version: z.int({ error: "Version must be the whole number you read" }).min(1, "Version must be 1 or more"),
    name: nameSchema.optional(),
    description: descriptionSchema,
    longTermPrice: priceNumber.optional(),
    prices: pricesSchema.optional(),
  })
  .superRefine((deck, ctx) => checkDeckPrices(deck, "the deck's currency per price unit", ctx));
export type UpdatePriceDeckInput = z.infer<typeof updatePriceDeckSchema>;

export const priceDeckIdParamsSchema = z.object({ deckId: z.uuid() });
