import { LRUCache } from "lru-cache";
import type { CacheAdapter } from "./types";

/** The zero-config default: an LRU in this process (not shared between instances). */
export function createMemoryCache(options: { maxEntries?: number } = {}): CacheAdapter {
  const entries = new LRUCache<string, string>({ max: options.maxEntries ?? 5_000, ttlAutopurge: false });
  return {
    kind: "memory",
    async get(key) {
      return entries.get(key) ?? null;
    },
    async getMany(keys) {
      return keys.map((key) => entries.get(key) ?? null);
    },
    async set(key, value, ttlSeconds) {
      entries.set(key, value, { ttl: ttlSeconds * 1000 });
    },
    async delete(key) {
      entries.delete(key);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      // has() honours the TTL: an expired entry counts as absent, as in Redis.
      if (entries.has(key)) return false;
      entries.set(key, value, { ttl: ttlSeconds * 1000 });
      return true;
    },
    async ping() {},
    async close() {
      entries.clear();
    },
  };
}
