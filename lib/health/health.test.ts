import { afterAll, describe, expect, it } from "vitest";
import { GET as getLiveness } from "@/app/api/health/route";
import { GET as getReadiness } from "@/app/api/health/ready/route";
import { useTestDb } from "@/tests/support/db";

useTestDb();
afterAll(async () => {
  const { getCache } = await import("@/lib/cache");
  await getCache().close();
});

describe("health endpoints", () => {
  it("liveness answers 200 without touching dependencies", async () => {
    const response = await getLiveness();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("readiness answers 200 when the database and the cache answer", async () => {
    const response = await getReadiness();
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.status).toBe("ready");
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.cache).toMatchObject({ ok: true, kind: "memory" });
  });
});
