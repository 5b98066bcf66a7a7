import { createClient } from "redis";
import type { CacheAdapter } from "./types";

/**
 * Redis over TCP (node-redis). Commands fail fast while disconnected (no offline queue) so callers fall
 * back to the database instead of waiting; the client reconnects by itself with capped backoff.
 */
export function createRedisCache(url: string, options: { connectTimeoutMs?: number } = {}): CacheAdapter {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 1_000,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000),
    },
  });
  // Errors surface through the failing commands; the resilient layer logs them once.
  client.on("error", () => {});
  let readyCount = 0;
  client.on("ready", () => (readyCount += 1));
  const connecting = client.connect().catch(() => undefined);

  async function ready(): Promise<typeof client> {
    await connecting;
    return client;
  }

  return {
    kind: "redis",
    async get(key) {
      return (await ready()).get(key);
    },
    async getMany(keys) {
      if (keys.length === 0) return [];
      return (await ready()).mGet([...keys]);
    },
    async set(key, value, ttlSeconds) {
      await (await ready()).set(key, value, { expiration: { type: "EX", value: ttlSeconds } });
    },
    async delete(key) {
      await (await ready()).del(key);
    },
    async setIfAbsent(key, value, ttlSeconds) {
      const reply = await (await ready()).set(key, value, { condition: "NX", expiration: { type: "EX", value: ttlSeconds } });
      return reply === "OK";
    },
    connectionCount: () => readyCount,
    async ping() {
      await (await ready()).ping();
    },
    async close() {
      // destroy() also stops a reconnect loop that never succeeded (awaiting `connecting` would hang).
      if (client.isOpen || !client.isReady) client.destroy();
    },
  };
}
