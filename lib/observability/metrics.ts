import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { processSingleton } from "@/lib/process/singleton";

export type CacheResult = "hit" | "miss" | "error";
export type SimulationJobOutcome = "completed" | "failed" | "cancelled" | "released";
/** One queue's jobs by state, as a collector reports them at scrape time. */
export type QueueDepth = { queue: string; state: string; count: number };
/** What can be read of the database's connections; anything unknown is left out (postgres.js exposes no pool stats). */
export type DatabasePoolReading = { maxConnections?: number; connections?: { state: string; count: number }[] };
export type MetricsSources = {
  queueDepth?: () => Promise<QueueDepth[]>;
  databasePool?: () => Promise<DatabasePoolReading>;
};

type Metrics = {
  registry: Registry;
  httpRequests: Counter<"route" | "method" | "status">;
  httpDuration: Histogram<"route" | "method" | "status">;
  cacheResults: Counter<"result">;
  jobsRunning: Gauge;
  jobsFinished: Counter<"outcome">;
  jobDuration: Histogram<"outcome">;
  queueJobs: Gauge<"queue" | "state">;
  dbConnections: Gauge<"state">;
  dbServerMax: Gauge;
  sourceUp: Gauge<"source">;
  sources: MetricsSources;
};

// A source that does not answer in time is reported as down rather than holding up the scrape.
const SOURCE_TIMEOUT_MS = 2_000;

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    sources: {},
    ...createRequestMetrics(registers),
    ...createJobMetrics(registers),
    queueJobs: new Gauge({
      name: "calminer_queue_jobs",
      help: "Jobs in the shared queue by queue and state (cluster-wide: every instance reports the same value)",
      labelNames: ["queue", "state"],
      registers,
    }),
    dbConnections: new Gauge({ name: "calminer_db_connections", help: "Connections to the app's database by state (pg_stat_activity; cluster-wide)", labelNames: ["state"], registers }),
    dbServerMax: new Gauge({ name: "calminer_db_server_max_connections", help: "The database server's connection limit (replicas x pool size must stay below it)", registers }),
    sourceUp: new Gauge({ name: "calminer_metrics_source_up", help: "1 when a scrape-time source answered, 0 when it failed or timed out", labelNames: ["source"], registers }),
  };
}

function createRequestMetrics(registers: Registry[]) {
  return {
    httpRequests: new Counter({ name: "calminer_http_requests_total", help: "API requests by route template, method and status", labelNames: ["route", "method", "status"] as const, registers }),
    httpDuration: new Histogram({
      name: "calminer_http_request_duration_seconds",
      help: "API request duration by route template, method and status",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    cacheResults: new Counter({ name: "calminer_cache_results_total", help: "Cache reads by result (hit, miss, error)", labelNames: ["result"] as const, registers }),
  };
}

function createJobMetrics(registers: Registry[]) {
  return {
    jobsRunning: new Gauge({ name: "calminer_simulation_jobs_running", help: "Simulation jobs this process is running now", registers }),
    jobsFinished: new Counter({ name: "calminer_simulation_jobs_finished_total", help: "Simulation jobs this process finished, by outcome", labelNames: ["outcome"] as const, registers }),
    jobDuration: new Histogram({
      name: "calminer_simulation_job_duration_seconds",
      help: "Duration of the simulation jobs this process finished, by outcome",
      labelNames: ["outcome"] as const,
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
      registers,
    }),
  };
}

async function readSource<T>(name: string, source: (() => Promise<T>) | undefined, up: Gauge<"source">): Promise<T | undefined> {
  if (!source) return undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), SOURCE_TIMEOUT_MS);
    });
    const value = await Promise.race([source(), timeout]);
    up.set({ source: name }, 1);
    return value;
  } catch {
    up.set({ source: name }, 0);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the shared-state sources once per scrape, before the registry is rendered. */
async function refreshSources(m: Metrics): Promise<void> {
  const [queue, pool] = await Promise.all([
    readSource("queue", m.sources.queueDepth, m.sourceUp),
    readSource("database", m.sources.databasePool, m.sourceUp),
  ]);
  m.queueJobs.reset();
  for (const row of queue ?? []) m.queueJobs.set({ queue: row.queue, state: row.state }, row.count);
  m.dbConnections.reset();
  for (const row of pool?.connections ?? []) m.dbConnections.set({ state: row.state }, row.count);
  if (pool?.maxConnections !== undefined) m.dbServerMax.set(pool.maxConnections);
}

// One registry per process, shared by every bundle Next loads this module into and by the worker.
function metrics(): Metrics {
  return processSingleton("metrics", createMetrics);
}

/** Counts one API request and its duration; `route` is the contract's path template, never the raw URL. */
export function recordHttpRequest(sample: { route: string; method: string; status: number; durationSeconds: number }): void {
  const labels = { route: sample.route, method: sample.method, status: String(sample.status) };
  metrics().httpRequests.inc(labels);
  metrics().httpDuration.observe(labels, sample.durationSeconds);
}

/** Counts one cache read: call it from the cache layer on every get (hit, miss, or an error that fell back). */
export function recordCacheResult(result: CacheResult, count = 1): void {
  metrics().cacheResults.inc({ result }, count);
}

/**
 * Marks a simulation job as running in this process; call the returned function once when it ends
 * ("released" = handed back to the queue unfinished, e.g. on shutdown). Its duration is measured here.
 */
export function startSimulationJob(): (outcome: SimulationJobOutcome) => void {
  const started = performance.now();
  let isDone = false;
  metrics().jobsRunning.inc();
  return (outcome) => {
    if (isDone) return;
    isDone = true;
    metrics().jobsRunning.dec();
    metrics().jobsFinished.inc({ outcome });
    metrics().jobDuration.observe({ outcome }, (performance.now() - started) / 1000);
  };
}

/** Sets the scrape-time readers of shared state (queue depth, database connections); later calls replace them. */
export function setMetricsSources(sources: MetricsSources): void {
  Object.assign(metrics().sources, sources);
}

export function hasMetricsSource(name: keyof MetricsSources): boolean {
  return metrics().sources[name] !== undefined;
}

/** The Prometheus text exposition of every metric of this process. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  await refreshSources(m);
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
