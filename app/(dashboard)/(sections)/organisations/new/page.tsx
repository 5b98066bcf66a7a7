import type { Metadata } from "next";
import Link from "next/link";
import { isOrganisationCreationAllowed } from "@/lib/organisations";
import { requireUser } from "@/lib/auth/session";
import {
  DEFAULT_ORGANISATION_CURRENCY,
  DEFAULT_ORGANISATION_DISCOUNT_RATE_PCT,
} from "@/lib/validation/organisation";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PageHeader } from "@/app/ui/common/page-header";
import { OrganisationForm } from "@/app/ui/organisations/organisation-form";

export const metadata: Metadata = { title: "New organisation" };

const NEW_SETTINGS = {
  name: "",
  defaultCurrency: DEFAULT_ORGANISATION_CURRENCY,
  defaultDiscountRatePct: DEFAULT_ORGANISATION_DISCOUNT_RATE_PCT,
};

export default async function NewOrganisationPage() {
  await requireUser("/organisations/new");
  return (
    <>
      <PageHeader
        title="New organisation"
        description="You become its admin: you add its people and projects next. Your other organisations stay in the switcher."
      />
      {isOrganisationCreationAllowed() ? (
        <OrganisationForm mode="create" settings={NEW_SETTINGS} cancelHref="/dashboard" />
      ) : (
        <EmptyState title="Creating organisations is turned off">
          <p>
            This CalMiner instance does not let its users create organisations. Ask its operator to create one
            for you.
          </p>
          <Link href="/dashboard">Back to the dashboard</Link>
        </EmptyState>
      )}
    </>
  );
}
