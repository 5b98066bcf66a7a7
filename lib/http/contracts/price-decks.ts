import { z } from "zod";
import { defineContract } from "@/lib/http/contracts/define";
import { METAL_PRICE_UNITS } from "@/lib/domain/scenarios";
import { createPriceDeckSchema, priceDeckIdParamsSchema, updatePriceDeckSchema } from "@/lib/validation/price-deck";

export const priceDeckOutputSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    commodity: z.string().meta({ description: "Lower-case, e.g. copper" }),
    priceUnit: z.enum(METAL_PRICE_UNITS),
    currency: z.string().meta({ description: "ISO-4217; every price is in this currency per priceUnit" }),
    longTermPrice: z.number().meta({ description: "Currency per priceUnit for every year after lastYear" }),
    version: z.int().meta({ description: "Send it back with PATCH; 409 STALE_UPDATE when it changed" }),
    firstYear: z.int().nullable(),
    lastYear: z.int().nullable(),
    yearCount: z.int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "PriceDeck" });

export const priceDeckDetailOutputSchema = priceDeckOutputSchema
  .extend({
    prices: z.array(z.object({ year: z.int(), price: z.number() })).meta({ description: "Every priced year, ascending" }),
    usedBy: z
      .array(z.object({ scenarioId: z.uuid(), scenarioName: z.string(), projectId: z.uuid(), projectName: z.string() }))
      .meta({ description: "The scenarios that name the deck (their children inherit it)" }),
  })
  .meta({ id: "PriceDeckDetail" });

const TAGS = ["Price decks"];
const deckBody = z.object({ priceDeck: priceDeckDetailOutputSchema });

export const listPriceDecksContract = defineContract({
  method: "GET",
  path: "/api/price-decks",
  summary: "List the active organisation's price decks",
  tags: TAGS,
  access: "viewer",
  responses: { 200: { description: "The decks, by name", schema: z.object({ items: z.array(priceDeckOutputSchema) }) } },
  errors: [404],
});

export const createPriceDeckContract = defineContract({
  method: "POST",
  path: "/api/price-decks",
  summary: "Create a price deck in the active organisation",
  description: "A price per year (years unique, at most 100) and a long-term price after the last year, in the deck's currency per price unit.",
  tags: TAGS,
  access: "project_manager",
  body: createPriceDeckSchema,
  responses: { 201: { description: "Created; Location names it", schema: deckBody } },
  errors: [403, 404, 409],
});

export const getPriceDeckContract = defineContract({
  method: "GET",
  path: "/api/price-decks/{deckId}",
  summary: "Get a price deck with its prices and the scenarios that use it",
  tags: TAGS,
  access: "viewer",
  params: priceDeckIdParamsSchema,
  responses: { 200: { description: "The deck", schema: deckBody } },
  errors: [404],
});

export const updatePriceDeckContract = defineContract({
  method: "PATCH",
  path: "/api/price-decks/{deckId}",
  summary: "Update a price deck (send the version you read; prices replace the whole set)",
  tags: TAGS,
  access: "project_manager",
  params: priceDeckIdParamsSchema,
  body: updatePriceDeckSchema,
  responses: { 200: { description: "The updated deck", schema: deckBody } },
  errors: [403, 404, 409],
});

export const deletePriceDeckContract = defineContract({
  method: "DELETE",
  path: "/api/price-decks/{deckId}",
  summary: "Delete a price deck no scenario uses (409 PRICE_DECK_IN_USE names the scenarios otherwise)",
  tags: TAGS,
  access: "project_manager",
  params: priceDeckIdParamsSchema,
  responses: { 204: { description: "Deleted" } },
  errors: [403, 404, 409],
});

export const priceDeckContracts = [listPriceDecksContract, createPriceDeckContract, getPriceDeckContract, updatePriceDeckContract, deletePriceDeckContract];
