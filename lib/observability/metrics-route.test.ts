import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestDb } from "@/tests/support/db";

const TOKEN = "metrics-token-for-tests";
useTestDb();

// lib/env.mjs reads the environment once, at import: load the route afresh under each configuration.
async function loadRoute(token: string | undefined) {
  vi.stubEnv("METRICS_TOKEN", token ?? "");
  vi.resetModules();
  return (await import("@/app/api/metrics/route")).GET;
}

function scrape(authorization?: string): Request {
  return new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("GET /api/metrics", () => {
  it("does not exist while METRICS_TOKEN is unset", async () => {
    const GET = await loadRoute(undefined);
    expect((await GET(scrape(`Bearer ${TOKEN}`))).status).toBe(404);
  });

  it("refuses a missing or wrong token with 401 and a Bearer challenge", async () => {
    const GET = await loadRoute(TOKEN);
    const missing = await GET(scrape());
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect((await GET(scrape("Bearer not-the-token-at-all"))).status).toBe(401);
  });

  it("serves the Prometheus text with request, cache, job, queue and database series", async () => {
    const GET = await loadRoute(TOKEN);
    const response = await GET(scrape(`Bearer ${TOKEN}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    for (const name of ["calminer_http_requests_total", "calminer_cache_results_total", "calminer_simulation_jobs_running", "calminer_db_connections", "calminer_queue_jobs", "nodejs_heap_size_used_bytes"]) {
      expect(body).toContain(`# TYPE ${name}`);
    }
    expect(body).toMatch(/calminer_metrics_source_up\{source="database"\} 1/);
    // The first scrape opens the test database and loads the route's module graph afresh: allow for a slow machine.
  }, 90_000);
});
