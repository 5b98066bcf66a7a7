import { createPriceDeckContract, listPriceDecksContract } from "@/lib/http/contracts/price-decks";
import { handle } from "@/lib/http/handle";
import { createPriceDeck, listPriceDecks } from "@/lib/price-decks";

const NO_STORE = { "Cache-Control": "private, no-store" };

// GET /api/price-decks – the active organisation's price decks, by name
export const GET = handle(listPriceDecksContract, async ({ user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const items = await listPriceDecks({ organisationId });
  return Response.json({ items }, { headers: NO_STORE });
});

// POST /api/price-decks – create a price deck in the active organisation (project_manager+)
export const POST = handle(createPriceDeckContract, async ({ body, user, authorize }) => {
  const organisationId = user.activeOrganisation.id;
  authorize(organisationId);
  const priceDeck = await createPriceDeck({ organisationId, userId: user.id }, body);
  return Response.json({ priceDeck }, { status: 201, headers: { Location: `/api/price-decks/${priceDeck.id}` } });
});
