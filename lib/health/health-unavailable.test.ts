import { afterAll, describe, expect, it, vi } from "vitest";

// lib/env.mjs reads process.env once, at first import: point the cache at a port where nothing listens
// before the route (and so the env module) is imported.
process.env.REDIS_URL = "redis://127.0.0.1:1";

afterAll(async () => {
  const [{ getCache }, { closeDb }] = await Promise.all([import("@/lib/cache"), import("@/db")]);
  await getCache().close();
  await closeDb();
});

describe("readiness with Redis down", () => {
  it("answers 503 and names the cache as the failing part", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { GET } = await import("@/app/api/health/ready/route");
    const response = await GET();
    const body = await response.json();
    expect(response.status).toBe(503);
    expect(body).toMatchObject({ status: "unavailable", failing: ["cache"] });
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.cache).toEqual({ ok: false, kind: "redis", error: "unreachable" });
    // The endpoint is public: the backend's error text (here "connect ECONNREFUSED 127.0.0.1:1") stays in the log.
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    // The first import of the route opens the database (PGlite: migrations too), which a busy machine makes slow.
  }, 90_000);
});
