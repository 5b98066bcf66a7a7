import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { Agent, request } from "node:http";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

// The load generator: autocannon (npm, in a child process) when it is installed, else a minimal built-in one with the same model
// (N keep-alive connections, each sending its next request when the previous answer arrives, for a fixed time).

export type LoadResult = {
  tool: "autocannon" | "built-in";
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
};

export type LoadOptions = { url: string; headers: Record<string, string>; connections: number; durationSeconds: number };

type AutocannonResult = {
  requests: { total: number; average: number };
  latency: { p50: number; p97_5: number; p99: number; [key: string]: number };
  errors: number;
  non2xx: number;
};

/**
 * autocannon's CLI in its own process, its JSON result on stdout; null when autocannon is not installed. A separate
 * process: in this one (which seeded a million rows) the generator's garbage collections showed as server latency.
 */
async function runAutocannonProcess(options: LoadOptions): Promise<AutocannonResult | null> {
  const cli = path.join(process.cwd(), "node_modules", "autocannon", "autocannon.js");
  if (!existsSync(cli)) return null;
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = [cli, "-j", "-c", String(options.connections), "-d", String(options.durationSeconds), ...headerArgs, options.url];
  const { stdout } = await execFileAsync(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as AutocannonResult;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function sendOnce(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode ?? 0));
    });
    req.once("error", reject);
    req.end();
  });
}

async function runBuiltIn({ url, headers, connections, durationSeconds }: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const status = await sendOnce(agent, target, headers).catch(() => 0);
        if (status < 200 || status >= 300) errors += 1;
        else latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    tool: "built-in",
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
  };
}

/** Runs the load; autocannon reports p97.5 but not p95, so p95 comes from its full percentile table. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await runAutocannonProcess(options);
  if (!result) return runBuiltIn(options);
  return {
    tool: "autocannon",
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p95Ms: result.latency.p95 ?? result.latency.p97_5,
    p99Ms: result.latency.p99,
  };
}
