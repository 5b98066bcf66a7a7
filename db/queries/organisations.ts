import { eq, like, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { organisations } from "../schema";
import { isUuid } from "./ids";
import { selectRows } from "./select-rows";

// Organisations and their settings. SQL only: who may read or change them, the slug rule, the transaction and the
// audit rows are lib/organisations'. Reads take the organisation the caller named; the caller's membership is
// checked before (lib/http authorize, or the page's active organisation).

export type OrganisationSettings = {
  id: string;
  name: string;
  slug: string;
  /** ISO 4217 code new projects start with. */
  defaultCurrency: string;
  /** Discount rate new projects start with, in % (0–100). */
  defaultDiscountRatePct: number;
  /** Discount rates of its scenarios' disclosure table, in %: ascending, distinct, 0–100. */
  disclosureRatesPct: number[];
  /** One-at-a-time changes of its scenarios' sensitivities, in %: ascending, distinct, never 0. */
  sensitivityStepsPct: number[];
  createdAt: Date;
  updatedAt: Date;
};

export type OrganisationSettingsValues = Pick<
  OrganisationSettings,
  "name" | "defaultCurrency" | "defaultDiscountRatePct"
>;

/** What an update may replace: the values above, and the valuation preferences (a new organisation gets defaults). */
export type OrganisationSettingsChanges = Partial<
  OrganisationSettingsValues & Pick<OrganisationSettings, "disclosureRatesPct" | "sensitivityStepsPct">
>;

const settingsColumns = {
  id: organisations.id,
  name: organisations.name,
  slug: organisations.slug,
  defaultCurrency: organisations.defaultCurrency,
  defaultDiscountRatePct: organisations.defaultDiscountRatePct,
  disclosureRatesPct: organisations.disclosureRatesPct,
  sensitivityStepsPct: organisations.sensitivityStepsPct,
  createdAt: organisations.createdAt,
  updatedAt: organisations.updatedAt,
};

type Scope = { organisationId: string };

/** The organisation's settings, or undefined when there is no such organisation. */
export async function findOrganisationSettings(
  db: DbOrTx,
  { organisationId }: Scope,
): Promise<OrganisationSettings | undefined> {
  if (!isUuid(organisationId)) return undefined;
  const [row] = await db
    .select(settingsColumns)
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return row;
}

/**
 * The settings, locked FOR NO KEY UPDATE until the transaction ends: concurrent updates run one after the other,
 * so each one's audit "before" is exactly what it replaced. (The same lock as the member writes' lock: they queue too.)
 */
export async function lockOrganisationSettings(
  tx: DbOrTx,
  { organisationId }: Scope,
): Promise<OrganisationSettings | undefined> {
  if (!isUuid(organisationId)) return undefined;
  const [row] = await tx
    .select(settingsColumns)
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("no key update");
  return row;
}

/** Slugs in use that are `base` or `base-<anything>` (the caller picks the next free suffix). */
export async function listSlugsLike(db: DbOrTx, { base }: { base: string }): Promise<string[]> {
  // `base` holds only [a-z0-9-]: no LIKE wildcard can be in it.
  const rows = await db
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(or(eq(organisations.slug, base), like(organisations.slug, `${base}-%`)));
  return rows.map((row) => row.slug);
}

/**
 * Inserts the organisation unless its slug is taken. A concurrent transaction inserting the same slug makes this
 * one wait for its commit, then do nothing: the caller's transaction stays usable and tries another slug.
 * @returns the new organisation, or undefined when the slug was taken
 */
export async function insertOrganisationUnlessSlugTaken(
  tx: DbOrTx,
  values: OrganisationSettingsValues & { id: string; slug: string },
): Promise<OrganisationSettings | undefined> {
  const [row] = await tx
    .insert(organisations)
    .values(values)
    .onConflictDoNothing({ target: organisations.slug })
    .returning(settingsColumns);
  return row;
}

/** Replaces the given settings (the others are kept); returns the row after the change. */
export async function updateOrganisationSettingsRow(
  tx: DbOrTx,
  { organisationId, changes }: Scope & { changes: OrganisationSettingsChanges },
): Promise<OrganisationSettings | undefined> {
  const [row] = await tx
    .update(organisations)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(organisations.id, organisationId))
    .returning(settingsColumns);
  return row;
}

/**
 * NOTIFY on `channel` with the id of every member of the organisation (delivered at commit), in one statement.
 * @returns the members' user ids
 */
export async function notifyEveryMember(
  tx: DbOrTx,
  { organisationId, channel }: Scope & { channel: string },
): Promise<string[]> {
  const rows = await selectRows<{ userId: string }>(
    tx,
    sql`SELECT m.user_id AS "userId", pg_notify(${channel}, m.user_id::text)
          FROM memberships m WHERE m.organisation_id = ${organisationId}`,
  );
  return rows.map((row) => row.userId);
}
