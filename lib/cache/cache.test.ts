import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startUpstashBridge, type UpstashBridge } from "@/tests/support/upstash-bridge";
import { createMemoryCache } from "./memory";
import { createRedisCache } from "./redis";
import { createResilientCache } from "./resilient";
import type { CacheAdapter } from "./types";
import { createUpstashCache } from "./upstash";
import { deleteKeysMatching } from "../../tests/support/cache-cleanup";

const redisUrl = process.env.TEST_REDIS_URL;
// Every key this file writes to the shared Redis starts with this, and is deleted at the end.
const PREFIX = `test:cache:${Date.now()}:${Math.random().toString(36).slice(2)}`;
const opened: CacheAdapter[] = [];
let bridge: UpstashBridge | undefined;

beforeAll(async () => {
  if (redisUrl) bridge = await startUpstashBridge(redisUrl);
});

afterAll(async () => {
  if (redisUrl) await deleteKeysMatching(redisUrl, [`${PREFIX}*`, `v:${PREFIX}*`]);
  await Promise.all(opened.map((adapter) => adapter.close()));
  await bridge?.close();
});

function track(adapter: CacheAdapter): CacheAdapter {
  opened.push(adapter);
  return adapter;
}

function upstashThroughBridge(): CacheAdapter {
  if (!bridge) throw new Error("the bridge starts in beforeAll when TEST_REDIS_URL is set");
  return createUpstashCache(bridge.url, bridge.token);
}

const adapters: Array<[string, () => CacheAdapter]> = [["memory", () => createMemoryCache()]];
if (redisUrl) {
  adapters.push(["redis (TCP, real server)", () => track(createRedisCache(redisUrl))]);
  adapters.push(["upstash (REST bridge to the real server)", upstashThroughBridge]);
}

describe.each(adapters)("cache adapter: %s", (name, create) => {
  const prefix = `${PREFIX}:${name.split(" ")[0]}`;

  it("stores, reads back and deletes a value", async () => {
    const cache = create();
    const value = JSON.stringify({ x: 1, text: "déjà vu ✓", list: [1, 2] });
    await cache.set(`${prefix}:a`, value, 60);
    expect(await cache.get(`${prefix}:a`)).toBe(value);
    await cache.delete(`${prefix}:a`);
    expect(await cache.get(`${prefix}:a`)).toBeNull();
  });

  it("reads several keys in one call, null where absent", async () => {
    const cache = create();
    await cache.set(`${prefix}:m1`, "one", 60);
    await cache.set(`${prefix}:m2`, "two", 60);
    expect(await cache.getMany([`${prefix}:m1`, `${prefix}:none`, `${prefix}:m2`])).toEqual(["one", null, "two"]);
    expect(await cache.getMany([])).toEqual([]);
  });

  it("sets a key only when it is absent, and again once it has expired", async () => {
    const cache = create();
    expect(await cache.setIfAbsent(`${prefix}:nx`, "first", 1)).toBe(true);
    expect(await cache.setIfAbsent(`${prefix}:nx`, "second", 60)).toBe(false);
    expect(await cache.get(`${prefix}:nx`)).toBe("first");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cache.setIfAbsent(`${prefix}:nx`, "third", 60)).toBe(true);
    expect(await cache.get(`${prefix}:nx`)).toBe("third");
  });

  it("expires entries after their time to live", async () => {
    const cache = create();
    await cache.set(`${prefix}:ttl`, "1", 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cache.get(`${prefix}:ttl`)).toBeNull();
  });

  // The in-process adapter has no server to reach: its ping is a no-op and has nothing to prove.
  it.runIf(name !== "memory")("answers a ping from the server", async () => {
    await expect(create().ping()).resolves.toBeUndefined();
  });
});

describe.skipIf(!redisUrl)("the Upstash adapter with a token the server refuses", () => {
  it("answers from the loader, warns once, and fails the readiness ping", async () => {
    if (!bridge) throw new Error("no bridge");
    const warn = vi.fn();
    const cache = createResilientCache(createUpstashCache(bridge.url, "wrong-token"), { timeoutMs: 1_000, warn });
    const load = vi.fn(async () => "fresh");
    expect(await cache.rememberRaw(`${PREFIX}:refused`, 60, load)).toBe("fresh");
    expect(await cache.getVersions([`${PREFIX}:refused`])).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/cache \(upstash\) unavailable.*Unauthorized/);
    await expect(cache.ping()).rejects.toThrow(/Unauthorized/);
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

  it("a bump gives a namespace a new token; a missing token is re-established as a new one, never reused", async () => {
    const cache = createResilientCache(createMemoryCache());
    const [first, other] = (await cache.getVersions(["org:1", "org:2"])) ?? [];
    expect(first).toMatch(/^[\w-]{11}$/);
    expect(await cache.getVersions(["org:1", "org:2"])).toEqual([first, other]);
    await cache.bumpVersion("org:1");
    const [bumped] = (await cache.getVersions(["org:1"])) ?? [];
    expect(bumped).not.toBe(first);
    // As if Redis had evicted the token: the next read must not come back to any earlier one.
    await cache.invalidate("v:org:1");
    const [reborn] = (await cache.getVersions(["org:1"])) ?? [];
    expect([first, bumped]).not.toContain(reborn);
  });

  it("answers from the loader, and warns once, when Redis is unreachable; versions are then unknown", async () => {
    // A real client against a port where nothing listens: the connection is refused.
    const warn = vi.fn();
    const cache = createResilientCache(track(createRedisCache("redis://127.0.0.1:1", { connectTimeoutMs: 200 })), {
      timeoutMs: 100,
      warn,
    });
    const load = vi.fn(async () => "fresh");
    expect(await cache.remember("k", 60, load)).toBe("fresh");
    expect(await cache.rememberRaw("k", 60, load)).toBe("fresh");
    expect(await cache.getVersions(["a"])).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    await expect(cache.ping()).rejects.toThrow();
  });
});
