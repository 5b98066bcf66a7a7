import { getDb, type Tx } from "@/db";
import { isForeignKeyViolation, isUniqueViolation } from "@/db/queries/pg-errors";
import {
  deletePriceDeckRow,
  getPriceDeckWithPrices,
  insertPriceDeck,
  listDeckUsers,
  replacePriceDeckPrices,
  updatePriceDeckRow,
  type DeckUser,
  type PriceDeckWithPrices,
} from "@/db/queries/price-decks";
import { AppError, notFound } from "@/lib/errors";
import type { CreatePriceDeckInput, UpdatePriceDeckInput } from "@/lib/validation/price-deck";
import { write, type Write } from "@/lib/writes";
import { presentPriceDeckDetail, type PriceDeckDetailOutput } from "./present";

// Price deck writes: one transaction each through lib/writes, audited there with the deck and its prices before and
// after. A deck is the organisation's, not a project's: after commit every dashboard of the organisation is
// refreshed (lib/dashboards/invalidation.ts), as any scenario of any project may use it. The caller has checked
// access (lib/access).

/** Who writes: the organisation (the active one to create, the deck's owner otherwise) and the user. */
export type PriceDeckActor = { organisationId: string; userId: string };

const DECK_NAME_UNIQUE = "price_decks_organisation_id_name_unique";
const SCENARIO_DECK_FK = "scenarios_price_deck_id_price_decks_id_fk";
const PRODUCT_DECK_FK = "scenario_products_price_deck_id_price_decks_id_fk";

function nameTaken(name: string): AppError {
  return new AppError("PRICE_DECK_NAME_TAKEN", `A price deck named "${name}" already exists`, {
    status: 409,
    fieldErrors: { name: ["is already used by another price deck of this organisation"] },
  });
}

function staleDeck(): AppError {
  return new AppError("STALE_UPDATE", "The price deck was changed by someone else; reload it and try again");
}

/** 409 naming the scenarios that use the deck (at most 10 by name, then how many more). */
function deckInUse(users: readonly DeckUser[]): AppError {
  const names = users.map((u) => `${u.projectName} / ${u.scenarioName}`);
  const shown = names.slice(0, 10).map((name) => `"${name}"`).join(", ");
  const more = names.length > 10 ? ` and ${names.length - 10} more` : "";
  return new AppError(
    "PRICE_DECK_IN_USE",
    `The price deck is used by ${names.length} scenario(s): ${shown}${more}. Give them (or their products) another price source or deck first.`,
    { status: 409, fieldErrors: { usedBy: names } },
  );
}

async function withNameCheck<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, DECK_NAME_UNIQUE)) throw nameTaken(name ?? "");
    throw error;
  }
}

async function readDeck(tx: Tx, actor: Pick<PriceDeckActor, "organisationId">, deckId: string) {
  const deck = await getPriceDeckWithPrices(tx, { organisationId: actor.organisationId, deckId });
  if (!deck) throw notFound("Price deck");
  return deck;
}

/**
 * Creates a deck in the actor's organisation with its prices, audited.
 * @returns the new deck with its prices (used by no scenario yet)
 * @throws AppError PRICE_DECK_NAME_TAKEN (409)
 */
export async function createPriceDeck(actor: PriceDeckActor, input: CreatePriceDeckInput): Promise<PriceDeckDetailOutput> {
  return withNameCheck(input.name, () => write(actor, async (w) => presentPriceDeckDetail(await insertAuditedPriceDeck(w, input), [])));
}

/**
 * The one way a deck is created (POST /api/price-decks, a scenario import): inserted with its prices in the write's
 * transaction, in its scope's organisation, and audited "create" with the prices. `deckId` is the id to create it
 * under (an import plans it before it writes); a new one by default.
 * @returns the new deck with its prices
 */
export async function insertAuditedPriceDeck(w: Write, input: CreatePriceDeckInput, { deckId }: { deckId?: string } = {}): Promise<PriceDeckWithPrices> {
  const { organisationId } = w.scope;
  const { prices, ...values } = input;
  const created = await insertPriceDeck(w.tx, { organisationId, values: { ...values, id: deckId, description: values.description ?? null } });
  await replacePriceDeckPrices(w.tx, { organisationId, deckId: created.id, prices });
  const deck = await readDeck(w.tx, { organisationId }, created.id);
  await w.audit({ action: "create", entityType: "price_deck", entityId: created.id, after: deck });
  return deck;
}

/**
 * Updates a deck read at `input.version` (version + 1): its name, description, long-term price and, when sent, the
 * whole set of prices (years not sent are removed), in one transaction, audited with the prices before and after.
 * @throws AppError NOT_FOUND, STALE_UPDATE (409) when the version changed, PRICE_DECK_NAME_TAKEN (409)
 */
export async function updatePriceDeck(actor: PriceDeckActor & { deckId: string }, input: UpdatePriceDeckInput): Promise<PriceDeckDetailOutput> {
  const { organisationId, deckId } = actor;
  const { version, prices, ...changes } = input;
  return withNameCheck(input.name, () =>
    write(actor, async (w) => {
      const before = await readDeck(w.tx, actor, deckId);
      if (before.version !== version) throw staleDeck();
      const updated = await updatePriceDeckRow(w.tx, { organisationId, deckId, version, changes });
      if (!updated) throw staleDeck();
      if (prices) await replacePriceDeckPrices(w.tx, { organisationId, deckId, prices });
      const after = await readDeck(w.tx, actor, deckId);
      await w.audit({ action: "update", entityType: "price_deck", entityId: deckId, before, after });
      return presentPriceDeckDetail(after, await listDeckUsers(w.tx, { organisationId, deckId }));
    }),
  );
}

/**
 * Deletes a deck with its prices, audited. A deck a scenario names (as its price deck or a product's) is kept.
 * @throws AppError PRICE_DECK_IN_USE (409) naming the scenarios that use it
 */
export async function deletePriceDeck(actor: PriceDeckActor & { deckId: string }): Promise<void> {
  const { organisationId, deckId } = actor;
  try {
    await write(actor, async (w) => {
      const before = await getPriceDeckWithPrices(w.tx, { organisationId, deckId });
      if (!before) return;
      const users = await listDeckUsers(w.tx, { organisationId, deckId });
      if (users.length > 0) throw deckInUse(users);
      await deletePriceDeckRow(w.tx, { organisationId, deckId });
      await w.audit({ action: "delete", entityType: "price_deck", entityId: deckId, before });
    });
  } catch (error) {
    // A scenario or a product took the deck between the check and the delete: the foreign key refused it; name them now.
    if (!isForeignKeyViolation(error, SCENARIO_DECK_FK) && !isForeignKeyViolation(error, PRODUCT_DECK_FK)) throw error;
    throw deckInUse(await listDeckUsers(await getDb(), { organisationId, deckId }));
  }
}
