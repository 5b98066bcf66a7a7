import { getDb } from "@/db";
import {
  findOrganisationSettings,
  lockOrganisationSettings,
  notifyEveryMember,
  updateOrganisationSettingsRow,
  type OrganisationSettings,
} from "@/db/queries/organisations";
import { forgetIdentity, IDENTITY_CHANNEL } from "@/lib/auth/identity-memo";
import { DEFAULT_DISCLOSURE_RATES_PCT, DEFAULT_SENSITIVITY_STEPS_PCT } from "@/lib/domain/valuation";
import type { UpdateOrganisationInput } from "@/lib/validation/organisation";
import { write } from "@/lib/writes";

// An organisation's settings: its name, the defaults its new projects start with, and the valuation preferences of
// its scenarios (disclosure rates and sensitivity steps). Any member may read them (the caller checked the
// membership); admins change them (the route's role check). Updates are last-write-wins: no version is asked for;
// each field sent replaces the stored value, fields left out are kept, and concurrent updates apply one after the
// other in commit order (the row lock), each audited with exactly the values it replaced.

export type { OrganisationSettings } from "@/db/queries/organisations";

type Scope = { organisationId: string };

/** The settings, or undefined when there is no such organisation. */
export async function getOrganisationSettings({
  organisationId,
}: Scope): Promise<OrganisationSettings | undefined> {
  return findOrganisationSettings(await getDb(), { organisationId });
}

/** What the new-project form starts with: the organisation's default currency and discount rate. */
export async function getNewProjectDefaults(
  scope: Scope,
): Promise<{ currency: string; defaultDiscountRatePct: number } | undefined> {
  const settings = await getOrganisationSettings(scope);
  return (
    settings && {
      currency: settings.defaultCurrency,
      defaultDiscountRatePct: settings.defaultDiscountRatePct,
    }
  );
}

/**
 * The discount rates of a scenario's disclosure table and the steps of its sensitivities, in %, as the organisation
 * set them (ascending, distinct); the defaults when there is no such organisation, so a caller always has a table.
 */
export async function getValuationPreferences({
  organisationId,
}: {
  organisationId: string;
}): Promise<{ disclosureRatesPct: number[]; sensitivityStepsPct: number[] }> {
  const settings = await getOrganisationSettings({ organisationId });
  return {
    disclosureRatesPct: settings?.disclosureRatesPct ?? [...DEFAULT_DISCLOSURE_RATES_PCT],
    sensitivityStepsPct: settings?.sensitivityStepsPct ?? [...DEFAULT_SENSITIVITY_STEPS_PCT],
  };
}

/** What the audit log keeps of an organisation's settings (its `name` also names the overview's activity row). */
export function settingsRecord(settings: OrganisationSettings): Record<string, unknown> {
  const { name, slug, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct, sensitivityStepsPct } =
    settings;
  return { name, slug, defaultCurrency, defaultDiscountRatePct, disclosureRatesPct, sensitivityStepsPct };
}

/** Values compare by content: the lists are sorted by validation and stored sorted, so order is part of it. */
function isSameSetting(stored: unknown, sent: unknown): boolean {
  if (Array.isArray(stored) && Array.isArray(sent)) {
    return stored.length === sent.length && stored.every((value, index) => value === sent[index]);
  }
  return stored === sent;
}

function isUnchanged(before: OrganisationSettings, changes: UpdateOrganisationInput): boolean {
  return Object.entries(changes).every(
    ([key, value]) => value === undefined || isSameSetting(before[key as keyof OrganisationSettings], value),
  );
}

/**
 * Replaces the settings sent, audited before → after. A new name is part of every member's remembered identity
 * (the switcher and the header show it), so every member's is forgotten on every instance, as lib/writes does for
 * a single person's account.
 * @returns the settings after the change, or undefined when there is no such organisation
 */
export async function updateOrganisationSettings({
  organisationId,
  actorUserId,
  changes,
}: Scope & { actorUserId: string; changes: UpdateOrganisationInput }): Promise<
  OrganisationSettings | undefined
> {
  let renamedFor: string[] = [];
  const result = await write({ organisationId, userId: actorUserId }, async (w) => {
    const before = await lockOrganisationSettings(w.tx, { organisationId });
    if (!before || isUnchanged(before, changes)) return before;
    const after = await updateOrganisationSettingsRow(w.tx, { organisationId, changes });
    if (!after) throw new Error("organisation not readable after update");
    await w.audit({
      action: "update",
      entityType: "organisation",
      entityId: organisationId,
      before: settingsRecord(before),
      after: settingsRecord(after),
    });
    if (after.name !== before.name)
      renamedFor = await notifyEveryMember(w.tx, { organisationId, channel: IDENTITY_CHANNEL });
    return after;
  });
  // After the commit, as lib/writes does: a read in between could otherwise remember the old name again.
  for (const userId of renamedFor) forgetIdentity(userId);
  return result;
}
