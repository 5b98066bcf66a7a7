import { env } from "@/lib/env.mjs";
import { createMemoryCache } from "./memory";
import { createRedisCache } from "./redis";
import { createResilientCache, type Cache } from "./resilient";
import { createUpstashCache } from "./upstash";
import type { CacheAdapter } from "./types";
import { processSingleton } from "@/lib/process/singleton";

export type { Cache } from "./resilient";

const holder = processSingleton("cache", () => ({ cache: undefined as Cache | undefined }));

/** Chosen by configuration: REDIS_URL (TCP), else Upstash REST, else the in-process cache. */
export function createAdapterFromEnv(): CacheAdapter {
  if (env.REDIS_URL) return createRedisCache(env.REDIS_URL);
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    return createUpstashCache(env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN);
  }
  return createMemoryCache();
}

/** The process's one cache, shared across bundles like the database client. */
export function getCache(): Cache {
  holder.cache ??= createResilientCache(createAdapterFromEnv());
  return holder.cache;
}

/**
 * Swaps the process's cache (tests and benchmarks that serve dashboards through a particular adapter).
 * @returns the cache it replaced, to put back afterwards
 */
export function replaceCache(cache: Cache | undefined): Cache | undefined {
  const previous = holder.cache;
  holder.cache = cache;
  return previous;
}
