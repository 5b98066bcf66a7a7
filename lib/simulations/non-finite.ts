import type { NonFiniteJson } from "@/db/schema";

// JSON (and so jsonb and the API) has no NaN or ±Infinity. encodeNonFinite replaces each non-finite number of a
// plain value by null and records, under its dotted path, what it was; decodeNonFinite puts them back. So a
// stored result reads back bit for bit, and an API client can tell "no value" (NaN) from ±Infinity.

/** The value with every non-finite number made null (the type says where numbers may now be null). */
export type Encoded<T> = T extends number
  ? number | null
  : T extends readonly (infer U)[]
    ? Encoded<U>[]
    : T extends object
      ? { [K in keyof T]: Encoded<T[K]> }
      : T;

function kindOf(x: number): NonFiniteJson[string] {
  if (Number.isNaN(x)) return "NaN";
  return x > 0 ? "Infinity" : "-Infinity";
}

/**
 * @example encodeNonFinite({ mean: NaN, p: [1, Infinity] }) // { value: { mean: null, p: [1, null] }, nonFinite: { mean: "NaN", "p.1": "Infinity" } }
 */
export function encodeNonFinite<T>(value: T): { value: Encoded<T>; nonFinite: NonFiniteJson } {
  const nonFinite: NonFiniteJson = {};
  const walk = (x: unknown, path: string): unknown => {
    if (typeof x === "number") {
      if (Number.isFinite(x)) return x;
      nonFinite[path] = kindOf(x);
      return null;
    }
    if (Array.isArray(x)) return x.map((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
    if (x !== null && typeof x === "object") {
      return Object.fromEntries(Object.entries(x).map(([key, item]) => [key, walk(item, path ? `${path}.${key}` : key)]));
    }
    return x;
  };
  return { value: walk(value, "") as Encoded<T>, nonFinite };
}

const DECODED: Record<NonFiniteJson[string], number> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, "-Infinity": Number.NEGATIVE_INFINITY };

/** Puts the non-finite numbers back (a deep copy; the input is not changed). */
export function decodeNonFinite<T>(value: Encoded<T>, nonFinite: NonFiniteJson | undefined): T {
  const copy = structuredClone(value) as unknown;
  for (const [path, kind] of Object.entries(nonFinite ?? {})) {
    const keys = path.split(".");
    const last = keys.pop();
    let holder = copy as Record<string, unknown>;
    for (const key of keys) holder = holder[key] as Record<string, unknown>;
    if (last !== undefined && holder && holder[last] === null) holder[last] = DECODED[kind];
  }
  return copy as T;
}
