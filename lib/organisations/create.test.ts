import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { memberships, organisations } from "@/db/schema";
import { createOrganisationSchema } from "@/lib/validation/organisation";
import { useTestDb } from "@/tests/support/db";
import { auditRowsOf, createSomeone, organisationInput } from "@/tests/support/organisations-world";
import { createOrganisation } from "./index";

// Creating organisations on a real database: the creator as admin, unique slugs (also under parallel creates), the
// instance switch, and the request's validation.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const someone = async () => createSomeone(await getDb());
const input = organisationInput;
const auditOf = async (organisationId: string) => auditRowsOf(await getDb(), organisationId);

describe("creating an organisation", () => {
  it("makes its creator its admin, with the defaults given, audited in the new organisation", async () => {
    const userId = await someone();
    const created = await createOrganisation({
      userId,
      input: input("  Rio Verde Minería  ", { defaultCurrency: "clp", defaultDiscountRatePct: 10.5 }),
    });
    expect(created).toMatchObject({
      name: "Rio Verde Minería",
      defaultCurrency: "CLP",
      defaultDiscountRatePct: 10.5,
    });
    expect(created.slug).toMatch(/^rio-verde-mineria(-\d+)?$/);

    const db = await getDb();
    const members = await db
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.organisationId, created.id));
    expect(members).toEqual([{ userId, role: "admin" }]);
    const audit = await auditOf(created.id);
    expect(audit).toHaveLength(2);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: "create",
          entityType: "organisation",
          entityId: created.id,
          userId,
          after: expect.objectContaining({ name: "Rio Verde Minería", slug: created.slug }),
        }),
        expect.objectContaining({
          action: "create",
          entityType: "membership",
          entityId: userId,
          userId,
          after: { userId, role: "admin" },
        }),
      ]),
    );
  });

  it("starts with USD and 8 % when the request names no defaults", async () => {
    const created = await createOrganisation({ userId: await someone(), input: input("Plain Defaults Co") });
    expect(created).toMatchObject({ defaultCurrency: "USD", defaultDiscountRatePct: 8 });
  });

  it("gives a second organisation of the same name the next free slug", async () => {
    const name = `Same Name ${crypto.randomUUID().slice(0, 8)}`;
    const first = await createOrganisation({ userId: await someone(), input: input(name) });
    const second = await createOrganisation({ userId: await someone(), input: input(name.toUpperCase()) });
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("gives every one of parallel creates with the same name its own slug, and creates them all", async () => {
    const name = `Parallel ${crypto.randomUUID().slice(0, 8)}`;
    const userIds = await Promise.all([someone(), someone(), someone(), someone()]);
    const created = await Promise.all(
      userIds.map((userId) => createOrganisation({ userId, input: input(name) })),
    );
    const base = created[0]?.slug.replace(/-\d+$/, "");
    expect(created.map((o) => o.slug).sort()).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`].sort());
    const db = await getDb();
    const stored = await db
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(eq(organisations.name, name));
    expect(stored).toHaveLength(4);
  });

  it("is refused with 403 ORGANISATION_CREATION_DISABLED when the instance turns it off, writing nothing", async () => {
    vi.stubEnv("ALLOW_ORGANISATION_CREATION", "false");
    vi.resetModules();
    // lib/env.mjs reads the environment once, at import: load the service afresh under this configuration.
    const service = await import("./index");
    expect(service.isOrganisationCreationAllowed()).toBe(false);
    const name = `Refused ${crypto.randomUUID()}`;
    const refusal = await service
      .createOrganisation({ userId: await someone(), input: input(name) })
      .catch((error: unknown) => error);
    // An AppError of the freshly loaded modules (not the class imported at the top of this file).
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({ code: "ORGANISATION_CREATION_DISABLED", status: 403 });
    const db = await getDb();
    expect(await db.select().from(organisations).where(eq(organisations.name, name))).toEqual([]);
  });
});

describe("the settings' validation", () => {
  it("names each bad field", () => {
    const result = createOrganisationSchema.safeParse({
      name: "   ",
      defaultCurrency: "EURO",
      defaultDiscountRatePct: 101,
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join("."));
    expect(fields?.sort()).toEqual(["defaultCurrency", "defaultDiscountRatePct", "name"]);
  });

  it("refuses an unknown field", () => {
    expect(createOrganisationSchema.safeParse({ name: "Acme", slug: "chosen" }).success).toBe(false);
  });
});
