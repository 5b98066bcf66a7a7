import { randomBytes } from "node:crypto";
import type { CacheAdapter } from "./types";

// Version tokens of cache namespaces (lib/dashboards/cache-keys.ts builds its keys from them).
//
// A version is an opaque random token, never a counter: a bump sets a NEW random token, and a token that is missing
// (never set, expired, evicted by an `allkeys-lru` Redis, lost in a restart) is re-established as another new random
// token. A counter that restarted from 0 could match keys written under its earlier life and serve their stale
// values again (for up to their TTL); a fresh 64-bit random token matches no key ever written, so the worst an
// eviction can do is a miss.

/**
 * How long a token lives without a bump, in seconds. Correctness does not depend on it (an expired token is
 * replaced by a new one, which is a miss): it only lets the tokens of deleted projects disappear.
 */
export const VERSION_TTL_SECONDS = 24 * 60 * 60;

/** The result of one cache call that may have failed (resilient.ts times calls out and logs failures once). */
export type Attempted<T> = { ok: true; value: T } | { ok: false };
export type Attempt = <T>(operation: () => Promise<T>) => Promise<Attempted<T>>;

export function versionKey(namespace: string): string {
  return `v:${namespace}`;
}

/** 64 random bits, base64url: 11 characters of A–Z a–z 0–9 - _ (never "." or ":", the key separators). */
export function newVersionToken(): string {
  return randomBytes(8).toString("base64url");
}

/** Sets a new token for the namespace (a bump). */
export async function setNewVersion(adapter: CacheAdapter, attempt: Attempt, namespace: string): Promise<boolean> {
  const result = await attempt(() => adapter.set(versionKey(namespace), newVersionToken(), VERSION_TTL_SECONDS));
  return result.ok;
}

/** Gives every missing token a new random value (SET NX: a concurrent reader's token wins), then reads them back. */
async function establish(adapter: CacheAdapter, keys: string[]): Promise<(string | null)[]> {
  await Promise.all(keys.map((key) => adapter.setIfAbsent(key, newVersionToken(), VERSION_TTL_SECONDS)));
  return adapter.getMany(keys);
}

/**
 * The namespaces' current tokens in the order asked, establishing those that are missing; null when the cache did
 * not answer, or a token vanished again at once, so that no key is built from versions that may be wrong.
 */
export async function readVersions(adapter: CacheAdapter, attempt: Attempt, namespaces: readonly string[]): Promise<string[] | null> {
  if (namespaces.length === 0) return [];
  const keys = namespaces.map(versionKey);
  const read = await attempt(() => adapter.getMany(keys));
  if (!read.ok) return null;
  const tokens = [...read.value];
  const missing = keys.filter((_, index) => tokens[index] === null);
  if (missing.length === 0) return tokens as string[];
  const established = await attempt(() => establish(adapter, missing));
  if (!established.ok) return null;
  let next = 0;
  const merged = tokens.map((token) => token ?? established.value[next++] ?? null);
  return merged.every((token): token is string => token !== null) ? merged : null;
}
