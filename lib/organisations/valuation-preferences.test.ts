import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { organisations } from "@/db/schema";
import { DEFAULT_DISCLOSURE_RATES_PCT, DEFAULT_SENSITIVITY_STEPS_PCT } from "@/lib/domain/valuation";
import { updateOrganisationSchema } from "@/lib/validation/organisation";
import { useTestDb } from "@/tests/support/db";
import { auditRowsOf, createSomeone, organisationInput } from "@/tests/support/organisations-world";
import {
  createOrganisation,
  getOrganisationSettings,
  getValuationPreferences,
  updateOrganisationSettings,
} from "./index";

// An organisation's valuation preferences (the disclosure table's discount rates and the sensitivity steps) on a
// real database: the defaults, audited changes stored in ascending order, and the CHECKs behind the validation.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

async function organisationWithAdmin() {
  const adminId = await createSomeone(await getDb());
  const organisation = await createOrganisation({
    userId: adminId,
    input: organisationInput("Valuation Co"),
  });
  return { organisationId: organisation.id, adminId };
}

/** An update as the route passes it on: validated (and so sorted) by the PATCH schema. */
function changesOf(body: Record<string, unknown>) {
  return updateOrganisationSchema.parse(body);
}

describe("an organisation's valuation preferences", () => {
  it("start at 0, 5, 8, 10 % and ±10/20/30 %", async () => {
    const { organisationId } = await organisationWithAdmin();
    const expected = {
      disclosureRatesPct: [0, 5, 8, 10],
      sensitivityStepsPct: [-30, -20, -10, 10, 20, 30],
    };
    expect(await getValuationPreferences({ organisationId })).toEqual(expected);
    expect(await getOrganisationSettings({ organisationId })).toMatchObject(expected);
  });

  it("are the defaults for an organisation that does not exist (or a malformed id)", async () => {
    const defaults = {
      disclosureRatesPct: [...DEFAULT_DISCLOSURE_RATES_PCT],
      sensitivityStepsPct: [...DEFAULT_SENSITIVITY_STEPS_PCT],
    };
    expect(await getValuationPreferences({ organisationId: crypto.randomUUID() })).toEqual(defaults);
    expect(await getValuationPreferences({ organisationId: "not-a-uuid" })).toEqual(defaults);
  });

  it("are stored ascending whatever the order sent, and audited before → after", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    const after = await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: changesOf({ disclosureRatesPct: [12, 0, 7.125], sensitivityStepsPct: [50, -50, 25, -25] }),
    });
    const expected = { disclosureRatesPct: [0, 7.125, 12], sensitivityStepsPct: [-50, -25, 25, 50] };
    expect(after).toMatchObject({ name: "Valuation Co", defaultDiscountRatePct: 8, ...expected });
    expect(await getValuationPreferences({ organisationId })).toEqual(expected);

    const updates = (await auditRowsOf(await getDb(), organisationId)).filter(
      (row) => row.action === "update",
    );
    expect(updates).toEqual([
      expect.objectContaining({
        entityType: "organisation",
        userId: adminId,
        before: expect.objectContaining({
          disclosureRatesPct: [0, 5, 8, 10],
          sensitivityStepsPct: [-30, -20, -10, 10, 20, 30],
        }),
        after: expect.objectContaining(expected),
      }),
    ]);
  });

  it("keeps the other settings when only one list is sent", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    const after = await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: changesOf({ sensitivityStepsPct: [10, -10] }),
    });
    expect(after).toMatchObject({ disclosureRatesPct: [0, 5, 8, 10], sensitivityStepsPct: [-10, 10] });
  });

  it("writes and audits nothing when the same lists are sent in another order", async () => {
    const { organisationId, adminId } = await organisationWithAdmin();
    const before = await getOrganisationSettings({ organisationId });
    await updateOrganisationSettings({
      organisationId,
      actorUserId: adminId,
      changes: changesOf({
        disclosureRatesPct: [10, 8, 5, 0],
        sensitivityStepsPct: [30, 20, 10, -10, -20, -30],
      }),
    });
    expect(await getOrganisationSettings({ organisationId })).toEqual(before);
    const updates = (await auditRowsOf(await getDb(), organisationId)).filter(
      (row) => row.action === "update",
    );
    expect(updates).toEqual([]);
  });

  it("are refused by the database outside the rules (the CHECKs behind the validation)", async () => {
    const db = await getDb();
    const { organisationId } = await organisationWithAdmin();
    const set = (column: "disclosure_rates_pct" | "sensitivity_steps_pct", json: string) =>
      db.execute(
        sql`UPDATE organisations SET ${sql.identifier(column)} = ${json}::jsonb WHERE id = ${organisationId}`,
      );
    for (const bad of ["[]", "[101]", "[-1]", '["5"]', "5", "{}", "[0,1,2,3,4,5,6,7,8]"]) {
      await expect(set("disclosure_rates_pct", bad), bad).rejects.toThrow();
    }
    for (const bad of ["[]", "[0]", "[-100]", "[200.5]", "[null]", "[1,2,3,4,5,6,7,8,9,10,11]"]) {
      await expect(set("sensitivity_steps_pct", bad), bad).rejects.toThrow();
    }
    await set("disclosure_rates_pct", "[0, 100, 7.125]");
    await set("sensitivity_steps_pct", "[-99.9999, 200]");
    const [row] = await db
      .select({ rates: organisations.disclosureRatesPct, steps: organisations.sensitivityStepsPct })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    expect(row).toEqual({ rates: [0, 100, 7.125], steps: [-99.9999, 200] });
  });
});
