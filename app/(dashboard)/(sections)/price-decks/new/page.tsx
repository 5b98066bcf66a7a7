import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { PageHeader } from "@/app/ui/common/page-header";
import { PriceDeckForm } from "@/app/ui/price-decks/price-deck-form";
import { RoleNotice } from "@/app/ui/projects/role-notice";

export const metadata: Metadata = { title: "New price deck" };

export default async function NewPriceDeckPage() {
  const user = await requireUser("/price-decks/new");
  const { role, name } = user.activeOrganisation;
  return (
    <>
      <PageHeader
        title="New price deck"
        description={`A price forecast of ${name} for one commodity, in one currency per price unit.`}
      />
      {hasRole(role, "project_manager") ? (
        <PriceDeckForm cancelHref="/price-decks" />
      ) : (
        <RoleNotice
          role={role}
          action="create price decks"
          backHref="/price-decks"
          backLabel="Back to price decks"
        />
      )}
    </>
  );
}
