import { Redis } from "@upstash/redis";
import type { CacheAdapter } from "./types";

/** Upstash's REST protocol (for Vercel and other serverless hosts where TCP connections do not persist). */
export function createUpstashCache(url: string, token: string): CacheAdapter {
  // Values are already JSON strings; no automatic (de)serialisation and no retries (we fall back instead).
  const redis = new Redis({ url, token, automaticDeserialization: false, retry: false, enableTelemetry: false });
  return {
    kind: "upstash",
    async get(key) {
      return redis.get<string>(key);
    },
    async getMany(keys) {
      if (keys.length === 0) return [];
      return redis.mget<(string | null)[]>(...keys);
    },
    async set(key, value, ttlSeconds) {
      await redis.set(key, value, { ex: ttlSeconds });
    },
    async delete(key) {
      await redis.del(key);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      return (await redis.set(key, value, { nx: true, ex: ttlSeconds })) === "OK";
    },
    async ping() {
      await redis.ping();
    },
    async close() {},
  };
}
