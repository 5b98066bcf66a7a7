import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadOwnedForPage } from "@/lib/access/page";
import { hasRole } from "@/lib/auth/roles";
import { findPriceDeck } from "@/lib/price-decks";
import { PageHeader } from "@/app/ui/common/page-header";
import { DeleteDeckButton } from "@/app/ui/price-decks/deck-actions";
import { DeckDetails, DeckUsers } from "@/app/ui/price-decks/deck-details";
import { PriceDeckForm } from "@/app/ui/price-decks/price-deck-form";
import layout from "@/app/ui/common/layout.module.css";

export const metadata: Metadata = { title: "Price deck" };

export default async function PriceDeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const { deckId } = await params;
  const { owned } = await loadOwnedForPage("priceDeck", deckId, `/price-decks/${deckId}`);
  const deck = await findPriceDeck({ organisationId: owned.organisationId, deckId });
  if (!deck) notFound();
  const canManage = hasRole(owned.membership.role, "project_manager");
  return (
    <>
      <nav aria-label="Breadcrumb" className={layout.breadcrumb}>
        <Link href="/price-decks">Price decks</Link>
      </nav>
      <PageHeader
        title={deck.name}
        description={
          canManage
            ? "Change the terms and prices, then save: scenarios on this deck use the new prices at once."
            : "Read only: your role lets you read price decks but not change them."
        }
        actions={
          canManage ? (
            <DeleteDeckButton deckId={deck.id} deckName={deck.name} usedByCount={deck.usedBy.length} />
          ) : undefined
        }
      />
      <div className={layout.stack}>
        {canManage ? (
          <PriceDeckForm key={deck.version} deck={deck} cancelHref="/price-decks" />
        ) : (
          <DeckDetails deck={deck} />
        )}
        <DeckUsers deck={deck} />
      </div>
    </>
  );
}
