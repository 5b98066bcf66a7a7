import type { ReactNode } from "react";
import { loadOwnedForPage } from "@/lib/access/page";

type Props = { children: ReactNode; params: Promise<{ deckId: string }> };

// Access is resolved here, above this segment's loading boundary (loading.tsx): a price deck of another organisation, or
// none, answers a 404 status. Below a loading boundary the page has already answered 200 when it calls notFound().
// The pages check access again: a layout is not rendered again on client navigation between its pages.
export default async function PriceDeckLayout({ children, params }: Props) {
  const { deckId } = await params;
  await loadOwnedForPage("priceDeck", deckId, `/price-decks/${deckId}`);
  return children;
}
