import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listPriceDecks } from "@/lib/price-decks";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { PriceDecksTable } from "@/app/ui/price-decks/price-decks-table";
import buttons from "@/app/ui/common/button.module.css";

export const metadata: Metadata = { title: "Price decks" };

export default async function PriceDecksPage() {
  const user = await requireUser("/price-decks");
  const organisation = user.activeOrganisation;
  const decks = await listPriceDecks({ organisationId: organisation.id });
  const canManage = hasRole(organisation.role, "project_manager");
  const newDeck = canManage ? (
    <Link href="/price-decks/new" className={`${buttons.button} ${buttons.primary}`}>
      New price deck
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Price decks"
        description="Named price forecasts (base, consensus, upside, downside…): a price per year and a long-term price, for scenarios to take their metal prices from."
        actions={newDeck}
      />
      {decks.length === 0 ? (
        <EmptyState title="No price decks yet">
          <p>
            {canManage
              ? "A deck holds a commodity's price for each year and a long-term price after the last year. Scenarios choose a deck instead of a flat price."
              : "Price decks your project managers create will be listed here."}
          </p>
          {newDeck}
        </EmptyState>
      ) : (
        <PriceDecksTable
          decks={decks}
          caption={`${decks.length} price deck${decks.length === 1 ? "" : "s"} in ${organisation.name}`}
        />
      )}
    </>
  );
}
