import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getOrganisationSettings } from "@/lib/organisations";
import { formatRole, hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { AdministratorsOnly } from "@/app/ui/admin/administrators-only";
import { PageHeader } from "@/app/ui/common/page-header";
import { OrganisationForm } from "@/app/ui/organisations/organisation-form";
import buttons from "@/app/ui/common/button.module.css";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganisationSettingsPage() {
  const user = await requireUser("/admin/settings");
  const organisation = user.activeOrganisation;
  if (!hasRole(organisation.role, "admin")) {
    return (
      <AdministratorsOnly organisationName={organisation.name} roleLabel={formatRole(organisation.role)} />
    );
  }
  const settings = await getOrganisationSettings({ organisationId: organisation.id });
  if (!settings) notFound();
  const { name, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct, sensitivityStepsPct } = settings;
  return (
    <>
      <PageHeader
        title="Organisation settings"
        description={`The name of ${name}, what its new projects start with, and how its scenarios are valued.`}
        actions={
          <Link href="/admin" className={`${buttons.button} ${buttons.secondary}`}>
            Users and roles
          </Link>
        }
      />
      <OrganisationForm
        mode="settings"
        organisationId={settings.id}
        settings={{ name, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct, sensitivityStepsPct }}
      />
    </>
  );
}
