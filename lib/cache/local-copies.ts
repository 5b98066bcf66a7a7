import { LRUCache } from "lru-cache";

// An in-process copy of values whose key never changes meaning while it lives (a dashboard's versioned key: the
// versions are read from the shared cache on every request, so a write still shows on the next read). It saves
// moving the value from Redis on every request: a cached operations dashboard is ~150 kB of JSON.
//
// One hazard is a shared cache that lost its data (a Redis restart, an eviction). Version tokens are random and a
// lost one is re-established as a new random token (versions.ts), so no key can mean an older value again; as a
// second line of defence copies are also keyed by the shared cache's "era" (see resilient.ts: it changes on every
// reconnection and every outage seen) and live only a few seconds.

/** Short: only a repeat within this many ms skips the shared cache (hundreds of requests per second do). */
export const LOCAL_COPY_TTL_MS = 5_000;
/** Bound on the memory the copies take, in bytes of JSON text (UTF-16 code units × 2). */
export const LOCAL_COPY_MAX_BYTES = 64 * 1024 * 1024;

export type LocalCopies = {
  get(era: string, key: string): string | undefined;
  set(era: string, key: string, value: string): void;
};

export function createLocalCopies({ ttlMs = LOCAL_COPY_TTL_MS, maxBytes = LOCAL_COPY_MAX_BYTES }: { ttlMs?: number; maxBytes?: number } = {}): LocalCopies {
  const copies = new LRUCache<string, string>({
    ttl: ttlMs,
    maxSize: maxBytes,
    // A value larger than the whole budget is simply not kept.
    sizeCalculation: (value, key) => Math.max(1, (value.length + key.length) * 2),
  });
  return {
    get: (era, key) => copies.get(`${era}:${key}`),
    set: (era, key, value) => void copies.set(`${era}:${key}`, value),
  };
}
