import { deletePriceDeckContract, getPriceDeckContract, updatePriceDeckContract } from "@/lib/http/contracts/price-decks";
import { handle } from "@/lib/http/handle";
import { deletePriceDeck, getPriceDeck, updatePriceDeck } from "@/lib/price-decks";

// GET /api/price-decks/{deckId} – one price deck of the caller's organisations, with its prices and users
export const GET = handle(getPriceDeckContract, async ({ params, load }) => {
  const { organisationId } = await load("priceDeck", params.deckId);
  const priceDeck = await getPriceDeck({ organisationId, deckId: params.deckId });
  return Response.json({ priceDeck }, { headers: { "Cache-Control": "private, no-store" } });
});

// PATCH /api/price-decks/{deckId} – update a deck read at `version` (409 STALE_UPDATE when it changed)
export const PATCH = handle(updatePriceDeckContract, async ({ params, body, user, load }) => {
  const { organisationId } = await load("priceDeck", params.deckId);
  const priceDeck = await updatePriceDeck({ organisationId, userId: user.id, deckId: params.deckId }, body);
  return Response.json({ priceDeck });
});

// DELETE /api/price-decks/{deckId} – delete a deck no scenario uses (409 PRICE_DECK_IN_USE otherwise)
export const DELETE = handle(deletePriceDeckContract, async ({ params, user, load }) => {
  const { organisationId } = await load("priceDeck", params.deckId);
  await deletePriceDeck({ organisationId, userId: user.id, deckId: params.deckId });
  return new Response(null, { status: 204 });
});
