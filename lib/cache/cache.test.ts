import { afterAll, describe, expect, it, vi } from "vitest";
import { createMemoryCache } from "./memory";
import { createRedisCache } from "./redis";
import { createResilientCache } from "./resilient";
import type { CacheAdapter } from "./types";

const redisUrl = process.env.TEST_REDIS_URL;
const opened: CacheAdapter[] = [];
afterAll(async () => {
  await Promise.all(opened.map((adapter) => adapter.close()));
});

function track(adapter: CacheAdapter): CacheAdapter {
  opened.push(adapter);
  return adapter;
}

const adapters: Array<[string, () => CacheAdapter]> = [["memory", () => createMemoryCache()]];
if (redisUrl) adapters.push(["redis (TCP, real server)", () => track(createRedisCache(redisUrl))]);

describe.each(adapters)("cache adapter: %s", (_name, create) => {
  const prefix = `test:${Date.now()}:${Math.random()}`;

  it("stores, reads back and deletes a value", async () => {
    const cache = create();
    await cache.set(`${prefix}:a`, '{"x":1}', 60);
    expect(await cache.get(`${prefix}:a`)).toBe('{"x":1}');
    await cache.delete(`${prefix}:a`);
    expect(await cache.get(`${prefix}:a`)).toBeNull();
  });

  it("increments counters atomically from zero", async () => {
    const cache = create();
    expect(await cache.increment(`${prefix}:n`)).toBe(1);
    expect(await cache.increment(`${prefix}:n`)).toBe(2);
  });

  it("expires entries after their time to live", async () => {
    const cache = create();
    await cache.set(`${prefix}:ttl`, "1", 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cache.get(`${prefix}:ttl`)).toBeNull();
  });
});

describe("resilient cache", () => {
  it("loads once and then answers from the cache", async () => {
    const cache = createResilientCache(createMemoryCache());
    const load = vi.fn(async () => ({ total: 42 }));
    expect(await cache.remember("k", 60, load)).toEqual({ total: 42 });
    expect(await cache.remember("k", 60, load)).toEqual({ total: 42 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("a version bump makes keys built from it new", async () => {
    const cache = createResilientCache(createMemoryCache());
    expect(await cache.getVersion("org:1")).toBe(0);
    await cache.bumpVersion("org:1");
    expect(await cache.getVersion("org:1")).toBe(1);
  });

  it("answers from the loader, and warns once, when Redis is unreachable", async () => {
    // A real client against a port where nothing listens: the connection is refused.
    const warn = vi.fn();
    const cache = createResilientCache(track(createRedisCache("redis://127.0.0.1:1", { connectTimeoutMs: 200 })), {
      timeoutMs: 100,
      warn,
    });
    const load = vi.fn(async () => "fresh");
    expect(await cache.remember("k", 60, load)).toBe("fresh");
    expect(await cache.remember("k", 60, load)).toBe("fresh");
    expect(load).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    await expect(cache.ping()).rejects.toThrow();
  });
});
