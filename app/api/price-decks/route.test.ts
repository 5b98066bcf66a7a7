import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { auditLog, priceDeckPrices, scenarios } from "@/db/schema";
import { callRoute } from "@/tests/support/api";
import { useTestDb } from "@/tests/support/db";
import { countDeckWrites, insertPriceDeck, newDeckBody } from "@/tests/support/price-decks";
import { CALLERS, createApiWorld, expectedStatuses, insertProject, insertScenario, type ApiWorld, type Caller } from "@/tests/support/scenario-api";
import * as itemRoute from "./[deckId]/route";
import * as listRoute from "./route";

const getDb = useTestDb();
let db: Db;
let world: ApiWorld;

beforeAll(async () => {
  db = await getDb();
  world = await createApiWorld(db);
});

type DeckBody = { priceDeck: { id: string; version: number; commodity: string; prices: { year: number; price: number }[]; firstYear: number; lastYear: number; yearCount: number; usedBy: unknown[] } };
const pm = () => world.cookies.project_manager;
const create = (body: unknown, cookie = pm()) => callRoute(listRoute.POST, "POST", "/api/price-decks", { cookie, body });
const get = (deckId: string, cookie = pm()) => callRoute(itemRoute.GET, "GET", "/x", { cookie, params: { deckId } });
const patch = (deckId: string, body: unknown, cookie = pm()) => callRoute(itemRoute.PATCH, "PATCH", "/x", { cookie, params: { deckId }, body });
const remove = (deckId: string, cookie = pm()) => callRoute(itemRoute.DELETE, "DELETE", "/x", { cookie, params: { deckId } });

// The same matrix whether the caller signs in with a cookie or sends an API token of their role.
describe.each(["cookie", "API token"] as const)("price decks API: role matrix (%s)", (credential) => {
  const as = (caller: Caller) => (credential === "cookie" ? { cookie: world.cookies[caller] } : { headers: world.bearers[caller] });

  // GET/POST /api/price-decks act in the caller's ACTIVE organisation: the outsider lists and creates in its own.
  it.each(CALLERS)("GET /api/price-decks as %s", async (caller) => {
    const res = await callRoute(listRoute.GET, "GET", "/api/price-decks", as(caller));
    expect(res.status).toBe(expectedStatuses("viewer", 200, 200)[caller]);
  });

  it.each(CALLERS)("POST /api/price-decks as %s", async (caller) => {
    const res = await callRoute(listRoute.POST, "POST", "/api/price-decks", { ...as(caller), body: newDeckBody() });
    expect(res.status).toBe(expectedStatuses("project_manager", 201, 201)[caller]);
  });

  it.each(CALLERS)("GET /api/price-decks/{id} as %s", async (caller) => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const res = await callRoute(itemRoute.GET, "GET", "/x", { ...as(caller), params: { deckId: deck.id } });
    expect(res.status).toBe(expectedStatuses("viewer", 200)[caller]);
  });

  it.each(CALLERS)("PATCH /api/price-decks/{id} as %s", async (caller) => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const res = await callRoute(itemRoute.PATCH, "PATCH", "/x", { ...as(caller), params: { deckId: deck.id }, body: { version: 1, longTermPrice: 3.5 } });
    expect(res.status).toBe(expectedStatuses("project_manager", 200)[caller]);
  });

  it.each(CALLERS)("DELETE /api/price-decks/{id} as %s", async (caller) => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const res = await callRoute(itemRoute.DELETE, "DELETE", "/x", { ...as(caller), params: { deckId: deck.id } });
    expect(res.status).toBe(expectedStatuses("project_manager", 204)[caller]);
  });
});

describe("price decks API: behaviour", () => {
  it("creates a deck: 201, Location, lower-cased commodity, prices by year, audited with its prices", async () => {
    const res = await create(newDeckBody({ prices: [{ year: 2031, price: 4.3 }, { year: 2030, price: 4.5 }] }));
    expect(res.status).toBe(201);
    const deck = (res.body as DeckBody).priceDeck;
    expect(res.headers.get("location")).toBe(`/api/price-decks/${deck.id}`);
    expect(deck).toMatchObject({ commodity: "copper", version: 1, firstYear: 2030, lastYear: 2031, yearCount: 2, usedBy: [] });
    expect(deck.prices).toEqual([{ year: 2030, price: 4.5 }, { year: 2031, price: 4.3 }]);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, deck.id), eq(auditLog.action, "create")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: world.userIds.project_manager, entityType: "price_deck", before: null, after: { prices: [{ year: 2030, price: 4.5 }, { year: 2031, price: 4.3 }] } });
  });

  it("answers 400 with plain messages at each field, naming the unit, and writes nothing", async () => {
    const before = await countDeckWrites(db, world.organisationId);
    const body = newDeckBody({ name: " ", currency: "usd", longTermPrice: 0, prices: [{ year: 2030, price: -1 }, { year: 2030, price: 4 }, { year: 1800, price: 4 }] });
    const bad = await create(body);
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "VALIDATION_FAILED" } } });
    expect((bad.body as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toEqual({
      name: ["Name must not be blank"],
      currency: ["must be an ISO-4217 code such as USD"],
      longTermPrice: ["Long-term price must be more than 0, in usd/lb"],
      "prices.0.price": ["Price for 2030 must be 0 or more, in usd/lb"],
      "prices.1.year": ["Year 2030 is given more than once: give each year one price"],
      "prices.2.year": ["Year must be 1900 or later"],
    });
    const tooMany = await create(newDeckBody({ prices: Array.from({ length: 101 }, (_, i) => ({ year: 2000 + i, price: 4 })) }));
    expect(tooMany.body).toMatchObject({ error: { fieldErrors: { prices: ["A deck prices at most 100 years (this one has 101)"] } } });
    const deck = await insertPriceDeck(db, world.organisationId);
    const noVersion = await patch(deck.id, { longTermPrice: 3 });
    expect(noVersion.body).toMatchObject({ error: { fieldErrors: { version: expect.any(Array) } } });
    const badPrice = await patch(deck.id, { version: 1, prices: [{ year: 2030, price: Number.MAX_VALUE }] });
    expect(badPrice.body).toMatchObject({ error: { fieldErrors: { "prices.0.price": ["Price for 2030 must be at most 1000000000000000, in the deck's currency per price unit"] } } });
    expect((await countDeckWrites(db, world.organisationId))[0]).toBe((before[0] ?? 0) + 1);
  });

  it("refuses a duplicate name in the organisation with 409 PRICE_DECK_NAME_TAKEN; another organisation may use it", async () => {
    const existing = await insertPriceDeck(db, world.organisationId);
    const res = await create(newDeckBody({ name: existing.name }));
    expect(res).toMatchObject({ status: 409, body: { error: { code: "PRICE_DECK_NAME_TAKEN", fieldErrors: { name: expect.any(Array) } } } });
    expect((await create(newDeckBody({ name: existing.name }), world.cookies.outsider)).status).toBe(201);
  });

  it("updates with the version read, replaces the prices as a whole set, and refuses a stale version with 409", async () => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const ok = await patch(deck.id, { version: 1, name: "Downside copper", longTermPrice: 3.2, prices: [{ year: 2035, price: 3.4 }, { year: 2034, price: 3.6 }] });
    expect(ok).toMatchObject({ status: 200, body: { priceDeck: { version: 2, name: "Downside copper", longTermPrice: 3.2, firstYear: 2034, lastYear: 2035 } } });
    const stored = await db.select({ year: priceDeckPrices.year, price: priceDeckPrices.price }).from(priceDeckPrices).where(eq(priceDeckPrices.deckId, deck.id));
    expect(stored.sort((a, b) => a.year - b.year)).toEqual([{ year: 2034, price: 3.6 }, { year: 2035, price: 3.4 }]);
    const before = await countDeckWrites(db, world.organisationId);
    const stale = await patch(deck.id, { version: 1, prices: [] });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "STALE_UPDATE" } } });
    expect(await countDeckWrites(db, world.organisationId)).toEqual(before);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, deck.id), eq(auditLog.action, "update")));
    expect(audit?.before).toMatchObject({ version: 1, longTermPrice: 3.8, prices: [{ year: 2029, price: 4.4 }, { year: 2030, price: 4.2 }, { year: 2031, price: 4 }] });
    expect(audit?.after).toMatchObject({ version: 2, longTermPrice: 3.2, prices: [{ year: 2034, price: 3.6 }, { year: 2035, price: 3.4 }] });
    const nameOnly = await patch(deck.id, { version: 2, description: null });
    expect((nameOnly.body as DeckBody).priceDeck).toMatchObject({ version: 3, yearCount: 2 });
  });

  it("refuses to delete a deck a scenario uses (409 naming the scenario) and deletes an unused one with its prices", async () => {
    const deck = await insertPriceDeck(db, world.organisationId);
    const project = await insertProject(db, world.organisationId, { name: "Cerro Verde" });
    const root = await insertScenario(db, { projectId: project.id, name: "Base", priceSource: "deck", priceDeckId: deck.id });
    expect(((await get(deck.id)).body as DeckBody).priceDeck.usedBy).toEqual([{ scenarioId: root.id, scenarioName: "Base", projectId: project.id, projectName: "Cerro Verde" }]);
    const before = await countDeckWrites(db, world.organisationId);
    const refused = await remove(deck.id);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "PRICE_DECK_IN_USE", fieldErrors: { usedBy: ["Cerro Verde / Base"] } } } });
    expect((refused.body as { error: { message: string } }).error.message).toContain('"Cerro Verde / Base"');
    expect(await countDeckWrites(db, world.organisationId)).toEqual(before);
    await db.update(scenarios).set({ priceSource: null, priceDeckId: null }).where(eq(scenarios.id, root.id));
    expect((await remove(deck.id)).status).toBe(204);
    expect(await db.select().from(priceDeckPrices).where(eq(priceDeckPrices.deckId, deck.id))).toHaveLength(0);
    expect((await get(deck.id)).status).toBe(404);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, deck.id), eq(auditLog.action, "delete")));
    expect(audit?.before).toMatchObject({ name: deck.name, prices: expect.any(Array) });
  });

  it("never shows or changes another organisation's deck (404, nothing written), nor lists it", async () => {
    const foreign = await insertPriceDeck(db, world.otherOrganisationId);
    const before = await countDeckWrites(db, world.otherOrganisationId);
    for (const res of [await get(foreign.id, world.cookies.admin), await patch(foreign.id, { version: 1, name: "Mine" }, world.cookies.admin), await remove(foreign.id, world.cookies.admin)]) {
      expect(res).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND", message: "Price deck not found" } } });
    }
    expect(await countDeckWrites(db, world.otherOrganisationId)).toEqual(before);
    const list = await callRoute(listRoute.GET, "GET", "/api/price-decks", { cookie: world.cookies.admin });
    expect(JSON.stringify(list.body)).not.toContain(foreign.id);
    expect((await get("not-a-uuid")).status).toBe(400);
  });

  it("lists the organisation's decks by name with the span of years each prices", async () => {
    const deck = await insertPriceDeck(db, world.organisationId, { name: "AAA first deck" });
    const list = await callRoute(listRoute.GET, "GET", "/api/price-decks", { cookie: world.cookies.viewer });
    const items = (list.body as { items: { id: string; name: string; firstYear: number; lastYear: number; yearCount: number }[] }).items;
    expect(items[0]).toMatchObject({ id: deck.id, firstYear: 2029, lastYear: 2031, yearCount: 3 });
  });
});
