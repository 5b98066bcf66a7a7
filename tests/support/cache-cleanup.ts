import { createClient } from "redis";

/**
 * Deletes the keys matching any of the patterns (SCAN, never KEYS) from a Redis a test shared with others.
 * Tests only: call it in afterAll with the test's own prefixes.
 */
export async function deleteKeysMatching(redisUrl: string, patterns: string[]): Promise<number> {
  const client = createClient({ url: redisUrl });
  client.on("error", () => {});
  await client.connect();
  let deleted = 0;
  try {
    for (const pattern of patterns) {
      for await (const keys of client.scanIterator({ MATCH: pattern, COUNT: 500 })) {
        if (keys.length > 0) deleted += await client.del(keys);
      }
    }
  } finally {
    client.destroy();
  }
  return deleted;
}
