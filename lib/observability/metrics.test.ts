import { describe, expect, it } from "vitest";
import { checkMetricsAccess } from "./metrics-access";
import { recordCacheResult, renderMetrics, setMetricsSources, startSimulationJob } from "./metrics";

function valueOf(body: string, series: string): number | undefined {
  const line = body.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}

describe("the Prometheus metrics", () => {
  it("counts cache hits, misses and errors", async () => {
    const before = await renderMetrics();
    const hitsBefore = valueOf(before.body, 'calminer_cache_results_total{result="hit"}') ?? 0;
    recordCacheResult("hit");
    recordCacheResult("hit");
    recordCacheResult("miss");
    const { body, contentType } = await renderMetrics();
    expect(contentType).toMatch(/^text\/plain/);
    expect(valueOf(body, 'calminer_cache_results_total{result="hit"}')).toBe(hitsBefore + 2);
    expect(valueOf(body, 'calminer_cache_results_total{result="miss"}')).toBeGreaterThanOrEqual(1);
  });

  it("tracks running simulation jobs and their durations by outcome, each end counted once", async () => {
    const finish = startSimulationJob();
    const other = startSimulationJob();
    expect(valueOf((await renderMetrics()).body, "calminer_simulation_jobs_running")).toBe(2);
    finish("completed");
    finish("failed");
    other("released");
    const { body } = await renderMetrics();
    expect(valueOf(body, "calminer_simulation_jobs_running")).toBe(0);
    expect(valueOf(body, 'calminer_simulation_jobs_finished_total{outcome="completed"}')).toBe(1);
    expect(valueOf(body, 'calminer_simulation_jobs_finished_total{outcome="failed"}')).toBeUndefined();
    expect(valueOf(body, 'calminer_simulation_job_duration_seconds_count{outcome="released"}')).toBe(1);
  });

  it("reads queue depth and database connections at scrape time, and reports a failing source as down", async () => {
    setMetricsSources({
      queueDepth: async () => [{ queue: "simulation-chunks", state: "queued", count: 7 }],
      databasePool: async () => Promise.reject(new Error("database down")),
    });
    const { body } = await renderMetrics();
    expect(valueOf(body, 'calminer_queue_jobs{queue="simulation-chunks",state="queued"}')).toBe(7);
    expect(valueOf(body, 'calminer_metrics_source_up{source="queue"}')).toBe(1);
    expect(valueOf(body, 'calminer_metrics_source_up{source="database"}')).toBe(0);
    expect(body).toContain("process_cpu_user_seconds_total");
  });
});

describe("the metrics token", () => {
  const token = "a-long-metrics-token";
  it("hides the endpoint without a token, refuses a wrong or missing one, and accepts the right one", () => {
    expect(checkMetricsAccess(`Bearer ${token}`, undefined)).toBe("disabled");
    expect(checkMetricsAccess(null, token)).toBe("denied");
    expect(checkMetricsAccess("Bearer wrong", token)).toBe("denied");
    expect(checkMetricsAccess(`Basic ${token}`, token)).toBe("denied");
    expect(checkMetricsAccess(`Bearer ${token}x`, token)).toBe("denied");
    expect(checkMetricsAccess(`bearer ${token}`, token)).toBe("allowed");
  });
});
