import autocannon, { type RequestStep, type Result } from "autocannon";
import { buildClasses, type ClassName, type ClassSpec, type LoadPlan } from "./mix";

// The load generator, in a process of its own (forked by load.ts) so that its work and garbage collections do not
// show in the benchmark's own sampling. It receives { plan, warmUpSeconds, seconds } over IPC, runs every class for
// the warm-up, says so, runs them again for the measured phase, and sends back one ClassResult per class.

/** Seconds without an answer before autocannon counts a request as timed out. */
const REQUEST_TIMEOUT_S = 30;
/** Error codes of the simulation quota's 429 (lib/simulations/quota.ts): expected, counted apart from errors. */
const QUOTA_CODES = new Set(["SIMULATION_QUOTA_ACTIVE_RUNS", "SIMULATION_QUOTA_ITERATIONS"]);
const EXAMPLES_KEPT = 5;

export type LoadRequest = { plan: LoadPlan; warmUpSeconds: number; seconds: number };

export type ClassResult = {
  name: ClassName;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds, over every answer (autocannon's histogram). */
  latency: { p50: number; p90: number; p99: number; max: number };
  byStatus: Record<string, number>;
  timeouts: number;
  /** Connection errors (refused, reset) other than timeouts. */
  connectionErrors: number;
  /** 429s from the simulation quota: the app doing its job. */
  quotaRefusals: number;
  /** Answers that are neither 2xx nor a quota refusal, by "status code". */
  unexpected: Record<string, number>;
  examples: string[];
};

export type ChildMessage = { type: "measuring" } | { type: "done"; warmUp: ClassResult[]; measured: ClassResult[] } | { type: "failed"; message: string };

type Tally = { quotaRefusals: number; unexpected: Record<string, number>; examples: string[] };

function errorCodeOf(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? "";
  } catch {
    return "";
  }
}

/** Wraps each step's onResponse so that every answer is sorted into ok, quota refusal or unexpected. */
function counted(steps: RequestStep[], tally: Tally): RequestStep[] {
  return steps.map((step) => ({
    ...step,
    onResponse: (status, body, context, headers) => {
      if (status >= 200 && status < 300) return step.onResponse?.(status, body, context, headers);
      const code = errorCodeOf(body);
      if (status === 429 && QUOTA_CODES.has(code)) {
        tally.quotaRefusals += 1;
        return;
      }
      const key = `${status}${code ? ` ${code}` : ""}`;
      tally.unexpected[key] = (tally.unexpected[key] ?? 0) + 1;
      if (tally.examples.length < EXAMPLES_KEPT) tally.examples.push(`${status} ${step.method ?? "GET"} ${step.path ?? "(per connection)"}: ${body.slice(0, 200)}`);
      step.onResponse?.(status, body, context, headers);
    },
  }));
}

function toClassResult(spec: ClassSpec, result: Result, tally: Tally): ClassResult {
  const byStatus = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
  const { p50, p90, p99, max } = result.latency;
  return {
    name: spec.name,
    connections: spec.connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 1e-9),
    latency: { p50, p90, p99, max },
    byStatus,
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    ...tally,
  };
}

async function runPhase(plan: LoadPlan, seconds: number): Promise<ClassResult[]> {
  const runs = buildClasses(plan).map(async (spec) => {
    const tally: Tally = { quotaRefusals: 0, unexpected: {}, examples: [] };
    const result = await autocannon({
      url: plan.baseUrl,
      title: spec.name,
      connections: spec.connections,
      duration: seconds,
      timeout: REQUEST_TIMEOUT_S,
      headers: spec.headers,
      requests: counted(spec.steps, tally),
      overallRate: spec.overallRate,
      // A rate-limited class measures each request's own time; autocannon's correction assumes 1 ms intervals.
      ignoreCoordinatedOmission: spec.overallRate !== undefined,
      setupClient: spec.setupClient,
    });
    return toClassResult(spec, result, tally);
  });
  return Promise.all(runs);
}

/** Resolves once the message is handed to the IPC channel (so a disconnect right after cannot drop it). */
function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

process.once("message", (request: LoadRequest) => {
  void (async () => {
    try {
      const warmUp = await runPhase(request.plan, request.warmUpSeconds);
      await send({ type: "measuring" });
      const measured = await runPhase(request.plan, request.seconds);
      await send({ type: "done", warmUp, measured });
    } catch (error) {
      await send({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    } finally {
      process.disconnect?.();
    }
  })();
});
