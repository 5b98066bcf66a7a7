import { recordCacheResult } from "@/lib/observability/metrics";
import { createLocalCopies } from "./local-copies";
import type { CacheAdapter } from "./types";
import { readVersions, setNewVersion, type Attempted } from "./versions";

export type Cache = {
  readonly kind: CacheAdapter["kind"];
  /** The cached value, or what `load` returns (then stored). A cache failure falls back to `load`. */
  remember<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T>;
  /** As remember, for a value that is already a string (e.g. a JSON body answered as is, without a parse). */
  rememberRaw(key: string, ttlSeconds: number, load: () => Promise<string>): Promise<string>;
  /**
   * As rememberRaw, for a key whose value never changes while it lives (a versioned key): a shared cache's value is
   * also copied into the process for a few seconds (local-copies.ts), so repeated reads skip the transfer.
   */
  rememberVersionedRaw(key: string, ttlSeconds: number, load: () => Promise<string>): Promise<string>;
  /**
   * Several keys in one round trip without loading anything: null where absent, and everywhere when the cache does
   * not answer (a reader that must not compute on a miss, e.g. the scenario tree's figures).
   */
  peekMany(keys: readonly string[]): Promise<(string | null)[]>;
  /** Stores a value computed elsewhere; a failure is logged, never thrown. */
  store(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Deletes a key; a failure is logged, never thrown (the entry then expires by its TTL). */
  invalidate(key: string): Promise<void>;
  /**
   * Gives the namespace a new version token, so every key built from its old one is never read again (invalidates
   * a whole group). Tokens are random, never counters: see versions.ts for why.
   */
  bumpVersion(namespace: string): Promise<void>;
  /**
   * Several namespaces' version tokens in one round trip, in the order asked; a missing token (never set, expired or
   * evicted) is re-established as a new random one, never read as "0". Null when the cache did not answer, so that
   * no key is built from versions that may be stale.
   */
  getVersions(namespaces: readonly string[]): Promise<string[] | null>;
  /** Throws when the cache is unreachable; for the readiness check. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type ResilientOptions = {
  /** Longest wait for the cache before answering from the database, in ms. */
  timeoutMs?: number;
  /** How long an in-process copy of a versioned value lives (local-copies.ts), in ms. */
  localCopyTtlMs?: number;
  warn?: (message: string) => void;
  info?: (message: string) => void;
};

/** Counts a cached read for /api/metrics: a hit, a miss, or an error (the cache did not answer). */
function recordRead(read: { ok: true; value: string | null } | { ok: false }): void {
  recordCacheResult(!read.ok ? "error" : read.value === null ? "miss" : "hit");
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`cache did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Wraps an adapter so that the app keeps working, only slower, while the cache is down or slow: every call
 * is bounded by a timeout, a failure is logged once (not per request) and recovery is logged when it returns.
 */
export function createResilientCache(adapter: CacheAdapter, options: ResilientOptions = {}): Cache {
  const timeoutMs = options.timeoutMs ?? 150;
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const info = options.info ?? ((m: string) => console.info(m));
  let isDegraded = false;
  // Failures seen so far: with the adapter's reconnections, the "era" that keys the local copies.
  let outageCount = 0;
  // The in-process cache needs no second copy of its own values.
  const localCopies = adapter.kind === "memory" ? undefined : createLocalCopies({ ttlMs: options.localCopyTtlMs });
  const era = () => `${outageCount}.${adapter.connectionCount?.() ?? 0}`;
  // Bumps that failed while the cache was unreachable: replayed once it answers again, so an entry cached
  // before the outage under the old version is not served after it (until its TTL) as if nothing changed.
  const pendingBumps = new Set<string>();

  async function attempt<T>(operation: () => Promise<T>): Promise<Attempted<T>> {
    try {
      const value = await withTimeout(operation(), timeoutMs);
      if (isDegraded) {
        isDegraded = false;
        info(`cache (${adapter.kind}) is reachable again`);
        void replayPendingBumps();
      }
      return { ok: true, value };
    } catch (error) {
      outageCount += 1;
      if (!isDegraded) {
        isDegraded = true;
        warn(`cache (${adapter.kind}) unavailable, answering from the database: ${(error as Error).message}`);
      }
      return { ok: false };
    }
  }

  async function replayPendingBumps(): Promise<void> {
    for (const namespace of [...pendingBumps]) {
      pendingBumps.delete(namespace);
      if (!(await setNewVersion(adapter, attempt, namespace))) pendingBumps.add(namespace);
    }
  }

  async function rememberRaw(key: string, ttlSeconds: number, load: () => Promise<string>): Promise<string> {
    const hit = await attempt(() => adapter.get(key));
    recordRead(hit);
    if (hit.ok && hit.value !== null) return hit.value;
    const value = await load();
    if (hit.ok) await attempt(() => adapter.set(key, value, ttlSeconds));
    return value;
  }

  return {
    kind: adapter.kind,
    async remember(key, ttlSeconds, load) {
      const hit = await attempt(() => adapter.get(key));
      recordRead(hit);
      if (hit.ok && hit.value !== null) return JSON.parse(hit.value) as Awaited<ReturnType<typeof load>>;
      const value = await load();
      // Only store after a successful read: while the cache is down, skip the second timeout.
      if (hit.ok) await attempt(() => adapter.set(key, JSON.stringify(value), ttlSeconds));
      return value;
    },
    rememberRaw,
    async rememberVersionedRaw(key, ttlSeconds, load) {
      const eraBefore = era();
      const copy = localCopies?.get(eraBefore, key);
      if (copy !== undefined) {
        recordCacheResult("hit");
        return copy;
      }
      const value = await rememberRaw(key, ttlSeconds, load);
      // Kept only when nothing failed or reconnected meanwhile (the value may come from the database then).
      if (era() === eraBefore) localCopies?.set(eraBefore, key, value);
      return value;
    },
    async peekMany(keys) {
      if (keys.length === 0) return [];
      const read = await attempt(() => adapter.getMany(keys));
      return read.ok ? read.value : keys.map(() => null);
    },
    async store(key, value, ttlSeconds) {
      await attempt(() => adapter.set(key, value, ttlSeconds));
    },
    async invalidate(key) {
      await attempt(() => adapter.delete(key));
    },
    async bumpVersion(namespace) {
      if (!(await setNewVersion(adapter, attempt, namespace))) pendingBumps.add(namespace);
    },
    getVersions: (namespaces) => readVersions(adapter, attempt, namespaces),
    ping: () => withTimeout(adapter.ping(), Math.max(timeoutMs, 1_000)),
    close: () => adapter.close(),
  };
}
