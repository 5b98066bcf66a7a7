import fc from "fast-check";
import type { ApiContract } from "@/lib/http/contracts/define";
import { SIMULATION_LIMITS } from "@/lib/domain/simulations";
import { CALLERS, idSourceFor, type Caller, type IdPools } from "./id-pools";
import { mutatedValue, nastyText } from "./mutations";
import { toJsonSchema, valueArbitrary, type IdSource, type JsonSchema } from "./schema-arbitrary";

// One fuzzed request: who calls, with which credential, and the params, query and body generated from the route's
// contract (valid in shape most of the time, hostile the rest).

export type RequestSpec = {
  caller: Caller;
  /** Authenticate with the caller's API token instead of their session cookie. */
  useBearer: boolean;
  params: Record<string, string>;
  query: [string, string][];
  /** The raw body text (JSON or not), or none. */
  body?: string;
};

/** 1 MiB + 1 byte: one past the default body cap, so the 413 path is fuzzed too. */
const OVERSIZED_BODY_BYTES = 1_048_577;

const RAW_BODIES: readonly string[] = [
  "",
  "{",
  "nul",
  "[1,2",
  '{"a":1}trailing',
  "\uFEFF{}",
  "null",
  "1e999",
  '"text"',
  "{\"a\":\"\\ud800\"}",
  `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  // Nested deeper than JSON.stringify can write, so written by hand.
  `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
];

/** Inflicts routes' own expensive work only where it stays cheap (see contracts.fuzz.test.ts for what is skipped). */
export type Taming = {
  /** Never name the caller's own records: the route would do real work (stream forever, start Chromium). */
  isOwnIdWithheld?: boolean;
  /** Adjusts a generated body, e.g. caps a simulation's iterations. */
  tameBody?: (body: unknown) => unknown;
};

/** A simulation body that would run more than 200 iterations (in-request or in the background) runs 200. */
export function capIterations(body: unknown): unknown {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const iterations = (body as Record<string, unknown>).iterations;
  if (typeof iterations !== "number" || iterations <= 200 || iterations > SIMULATION_LIMITS.maxIterations) return body;
  return { ...body, iterations: 200 };
}

/** A path segment or query value as it arrives: text. */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function textRecord(value: unknown): [string, string][] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, asText(item)]);
}

/** Valid-looking entries. */
function validEntries(schema: JsonSchema, ids: IdSource): fc.Arbitrary<[string, string][]> {
  return valueArbitrary(schema, ids).map(textRecord);
}

/**
 * Valid-looking entries with one of them replaced or dropped, or joined by a stranger. Path params only get bad
 * values: Next fills every segment of the route's path and nothing else, so none can be missing or extra.
 */
function mutatedEntries(schema: JsonSchema, ids: IdSource, isPath: boolean): fc.Arbitrary<[string, string][]> {
  const valid = validEntries(schema, ids);
  const withBadValue = fc.tuple(valid, fc.nat(), nastyText).map(([entries, index, bad]) => {
    if (entries.length === 0) return [["x", bad]] as [string, string][];
    const position = index % entries.length;
    return entries.map(([key, value], at) => [key, at === position ? bad : value] as [string, string]);
  });
  const withExtra = fc.tuple(valid, nastyText, nastyText).map(([entries, key, value]) => [...entries, [key, value]] as [string, string][]);
  const withMissing = fc.tuple(valid, fc.nat()).map(([entries, index]) => entries.filter((_, at) => at !== index % Math.max(entries.length, 1)));
  if (isPath) return withBadValue;
  return fc.oneof({ weight: 3, arbitrary: withBadValue }, { weight: 1, arbitrary: withExtra }, { weight: 1, arbitrary: withMissing });
}

function validBody(contract: ApiContract, ids: IdSource, taming: Taming): fc.Arbitrary<string | undefined> {
  if (!contract.body || contract.method === "GET") return fc.constant(undefined);
  const tame = taming.tameBody ?? ((body: unknown) => body);
  return valueArbitrary(toJsonSchema(contract.body), ids).map((body) => JSON.stringify(tame(body)) ?? "");
}

/** A hostile body: a mutated value, text that is not JSON (or too deep, or too large), or a body where none belongs. */
function mutatedBody(contract: ApiContract, ids: IdSource, taming: Taming): fc.Arbitrary<string | undefined> {
  if (contract.method === "GET") return fc.constant(undefined);
  const raw = fc.oneof(fc.constantFrom(...RAW_BODIES), fc.constant(0).map(() => "a".repeat(OVERSIZED_BODY_BYTES)));
  if (!contract.body) return raw;
  const tame = taming.tameBody ?? ((body: unknown) => body);
  const mutated = mutatedValue(toJsonSchema(contract.body), ids).map((body) => JSON.stringify(tame(body)) ?? "");
  return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: raw });
}

type Part = "params" | "query" | "body";

/** Half the requests are valid in shape (they reach the services); the rest break one part of the request. */
function callerArbitrary(contract: ApiContract, pools: IdPools, caller: Caller, taming: Taming): fc.Arbitrary<RequestSpec> {
  const ids = idSourceFor(pools, caller, contract.path, { isOwnIdWithheld: taming.isOwnIdWithheld });
  const schemas = { params: contract.params && toJsonSchema(contract.params), query: contract.query && toJsonSchema(contract.query) };
  const entries = (part: "params" | "query", target: Part | "none") => {
    const schema = schemas[part];
    if (!schema) return fc.constant([] as [string, string][]);
    return target === part ? mutatedEntries(schema, ids, part === "params") : validEntries(schema, ids);
  };
  const parts: Part[] = ["params", "query", "body"];
  const target = fc.oneof({ weight: 3, arbitrary: fc.constant("none" as const) }, { weight: 3, arbitrary: fc.constantFrom(...parts) });
  return target.chain((broken) =>
    fc.record({
      caller: fc.constant(caller),
      useBearer: caller === "anonymous" ? fc.constant(false) : fc.boolean(),
      params: entries("params", broken).map((list) => Object.fromEntries(list)),
      query: entries("query", broken),
      body: broken === "body" ? mutatedBody(contract, ids, taming) : validBody(contract, ids, taming),
    }),
  );
}

/** Requests to one route by every kind of caller. */
export function requestArbitrary(contract: ApiContract, pools: IdPools, taming: Taming = {}): fc.Arbitrary<RequestSpec> {
  return fc.oneof(...CALLERS.map((caller) => callerArbitrary(contract, pools, caller, taming)));
}
