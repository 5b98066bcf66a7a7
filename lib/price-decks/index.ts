// The price decks service: what routes and pages call to read and change an organisation's price decks.
export { findPriceDeck, getPriceDeck, listPriceDecks, type PriceDeckScope } from "./read";
export { createPriceDeck, deletePriceDeck, insertAuditedPriceDeck, updatePriceDeck, type PriceDeckActor } from "./write";
export type { PriceDeckDetailOutput, PriceDeckOutput } from "./present";
