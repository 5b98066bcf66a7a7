import { eq } from "drizzle-orm";
import * as deckRoute from "@/app/api/price-decks/[deckId]/route";
import * as decksRoute from "@/app/api/price-decks/route";
import { scenarios } from "@/db/schema";
import { insertPriceDeck } from "@/tests/support/price-decks";
import { call, type MutationCase } from "./world";

// Freshness cases: price decks. A deck belongs to the organisation; its audit rows show in the overview's activity.

const NEW_DECK = { name: "Fresh deck", commodity: "copper", priceUnit: "lb", currency: "USD", longTermPrice: 3.9, prices: [{ year: 2030, price: 4.1 }] };

export const priceDeckCases: Record<string, MutationCase> = {
  "POST /api/price-decks": {
    changes: ["overview"],
    arrange: async (world) => ({ write: () => call(world, decksRoute.POST, "POST", {}, NEW_DECK) }),
  },
  "PATCH /api/price-decks/{deckId}": {
    // The base case takes its prices from the deck: its figures on the project dashboard follow the deck.
    changes: ["overview", "project"],
    arrange: async (world) => {
      const deck = await insertPriceDeck(world.db, world.organisationId);
      await world.db.update(scenarios).set({ priceSource: "deck", priceDeckId: deck.id }).where(eq(scenarios.id, world.demo.baseScenarioId));
      const body = { version: deck.version, longTermPrice: 3.1, prices: [{ year: 2030, price: 3.5 }] };
      return { write: () => call(world, deckRoute.PATCH, "PATCH", { deckId: deck.id }, body) };
    },
  },
  "DELETE /api/price-decks/{deckId}": {
    changes: ["overview"],
    arrange: async (world) => {
      const deck = await insertPriceDeck(world.db, world.organisationId);
      return { write: () => call(world, deckRoute.DELETE, "DELETE", { deckId: deck.id }) };
    },
  },
};
