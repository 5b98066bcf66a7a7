import fc from "fast-check";
import type { IdSource } from "./schema-arbitrary";

// Which ids the fuzzer puts in uuid fields: real records of the caller's organisation (so requests get past the
// owner lookup into the services), real records of the OTHER organisation (which must behave exactly like ids that
// do not exist), and random uuids.

export const CALLERS = ["admin", "project_manager", "analyst", "viewer", "outsider", "anonymous"] as const;
export type Caller = (typeof CALLERS)[number];

/** A record kind, or `lineage:<segment>` for the lineage ids of one row kind (capex, opex…). */
export type IdKind =
  | "organisation"
  | "project"
  | "scenario"
  | "equipment"
  | "maintenanceLog"
  | "run"
  | "user"
  | "session"
  | "token"
  | "invitation"
  | "priceDeck"
  | `lineage:${string}`;

export type OrgName = "main" | "other";
export type IdPools = Record<OrgName, Map<IdKind, string[]>>;

/** The caller's organisation and the one whose records it must never reach. */
export function callerOrgs(caller: Caller): { home: OrgName; foreign: OrgName } {
  return caller === "outsider" ? { home: "other", foreign: "main" } : { home: "main", foreign: "other" };
}

const KIND_BY_KEY: [RegExp, IdKind][] = [
  [/^organisationId$/, "organisation"],
  [/^projectId$/, "project"],
  [/^(scenarioId|scenarioIds|parentScenarioId)$/, "scenario"],
  [/^runId$/, "run"],
  [/^equipmentId$/, "equipment"],
  [/^logId$/, "maintenanceLog"],
  [/^userId$/, "user"],
  [/^sessionId$/, "session"],
  [/^tokenId$/, "token"],
  [/^invitationId$/, "invitation"],
  [/^(deckId|priceDeckId)$/, "priceDeck"],
  [/^parameter[AB]LineageId$/, "lineage:parameters"],
];

/**
 * The kind of id a field holds. Row routes name their row `{itemId}` (and bulk rows carry `lineageId`): those are
 * lineage ids of the row kind in the route's path (/api/scenarios/{scenarioId}/capex/{itemId}).
 */
export function idKindOf(key: string, routePath: string): IdKind | undefined {
  if (key === "itemId" || key === "lineageId") {
    const segment = /\/api\/scenarios\/\{scenarioId\}\/(\w+)/.exec(routePath)?.[1];
    return segment ? `lineage:${segment}` : undefined;
  }
  return KIND_BY_KEY.find(([pattern]) => pattern.test(key))?.[1];
}

/**
 * The id source of one caller on one route: its own records, the other organisation's, and random uuids.
 * `isOwnIdWithheld`: only foreign and random ids, for routes whose real work the fuzzer must not start.
 */
export function idSourceFor(pools: IdPools, caller: Caller, routePath: string, options: { isOwnIdWithheld?: boolean } = {}): IdSource {
  const { home, foreign } = callerOrgs(caller);
  return (key) => {
    const kind = idKindOf(key, routePath);
    const pick = (org: OrgName) => (kind ? (pools[org].get(kind) ?? []) : [...pools[org].values()].flat());
    const own = options.isOwnIdWithheld ? [] : pick(home);
    const others = pick(foreign);
    const choices: fc.WeightedArbitrary<string>[] = [{ weight: 1, arbitrary: fc.uuid() }];
    if (own.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...own) });
    if (others.length > 0) choices.push({ weight: 2, arbitrary: fc.constantFrom(...others) });
    return fc.oneof(...choices);
  };
}

/** Every id of the organisation the caller is not a member of. */
export function foreignIdsOf(pools: IdPools, caller: Caller): Set<string> {
  return new Set([...pools[callerOrgs(caller).foreign].values()].flat());
}
