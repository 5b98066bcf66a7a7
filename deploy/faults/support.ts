// What every fault case shares: the setup deploy/faults/run.sh started (passed as a JSON file, argv[2]), sign-in
// and API tokens, the load generator in its own process, the private database, and one row of the closing table.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { CookieJar, assert } from "../tests/harness";

const execFileAsync = promisify(execFile);

/** What run.sh started: the private services (which the cases may kill) and the app and worker trees. */
export type FaultSetup = {
  /** The app instance on the pg-boss queue (localhost: Auth.js compares the sign-in form's origin with the host). */
  appUrl: string;
  appDir: string;
  workerDir: string;
  /** The environment the app instances and workers run with. */
  appEnv: Record<string, string> & { NODE_ENV: "production" };
  databaseUrl: string;
  /** `pg_ctl -D … -o …` as the postgres user (runuser), without the action. */
  pgCtl: string[];
  redis: { port: number; args: string[]; pidFile: string };
  workerPids: number[];
  /** While this file exists, the app's REPORT_CHROMIUM_PATH wrapper exits 1 instead of starting Chromium. */
  chromiumBrokenFlag: string;
  spareAppPort: number;
  tmpDir: string;
  /** Processes a case started: run.sh's exit trap kills what a failed case left behind. */
  pidsFile: string;
  rowsFile: string;
  user: { email: string; password: string };
};

export function readSetup(): FaultSetup {
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx deploy/faults/<case>.ts <faults.json> (run through deploy/faults/run.sh)");
  return JSON.parse(readFileSync(file, "utf8")) as FaultSetup;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 250 ms until it gives a value; the value and the seconds it took. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<{ value: T; seconds: number }> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return { value, seconds: (Date.now() - started) / 1000 };
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

export async function signIn(origin: string, user: FaultSetup["user"]): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: origin });
  jar.store(await fetch(`${origin}/api/auth/callback/credentials`, { method: "POST", body, redirect: "manual", headers: { cookie: jar.header() } }));
  assert(jar.get("__Host-authjs.session-token"), "sign-in failed");
  return jar.header();
}

export type Api = (path: string, init?: RequestInit) => Promise<Response>;

/** Requests with a Bearer API token (project manager) minted by a signed-in session: what scripts and the load use. */
export async function tokenApi(setup: FaultSetup, origin = setup.appUrl): Promise<{ api: Api; headers: Record<string, string> }> {
  const cookie = await signIn(origin, setup.user);
  const minted = await fetch(`${origin}/api/me/tokens`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin },
    body: JSON.stringify({ name: `fault suite ${process.pid}`, role: "project_manager" }),
  });
  const text = await minted.text();
  assert(minted.status === 201, `minting an API token answered ${minted.status}: ${text.slice(0, 200)}`);
  const headers = { authorization: `Bearer ${(JSON.parse(text) as { token: string }).token}` };
  const api: Api = (p, init = {}) => fetch(`${origin}${p}`, { ...init, headers: { ...headers, "content-type": "application/json", ...init.headers } });
  return { api, headers };
}

/** The same address on 127.0.0.1, for the load: autocannon does not resolve localhost to the IPv4 the app listens on. */
export const ipv4 = (origin: string): string => origin.replace("//localhost:", "//127.0.0.1:");

export type RunView = { id: string; status: string; progress: number; inputHash: string; errorMessage: string | null; results?: unknown };

/** Starts a background run (202) of the base case; its id. */
export async function startRun(api: Api, scenarioId: string, iterations: number, seed: number): Promise<string> {
  const started = await api("/api/simulations/run", { method: "POST", body: JSON.stringify({ scenarioId, iterations, seed }) });
  const text = await started.text();
  assert(started.status === 202, `a ${iterations}-iteration run answered ${started.status}: ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { run: { id: string } }).run.id;
}

export async function readRun(api: Api, runId: string): Promise<RunView> {
  const response = await api(`/api/simulations/${runId}`);
  assert(response.ok, `run ${runId}: ${response.status}`);
  return ((await response.json()) as { run: RunView }).run;
}

/** Polls the run until it leaves queued/running; the final view. */
export async function waitForEnd(api: Api, runId: string, timeoutMs: number): Promise<{ value: RunView; seconds: number }> {
  return waitFor(`run ${runId} to end`, async () => {
    const run = await readRun(api, runId);
    return run.status === "queued" || run.status === "running" ? undefined : run;
  }, timeoutMs);
}

export async function demoIds(api: Api): Promise<{ projectId: string; scenarioId: string }> {
  const projects = (await (await api("/api/projects?q=Quebrada")).json()) as { items: { id: string }[] };
  const projectId = projects.items[0]?.id ?? "";
  const scenarios = (await (await api(`/api/projects/${projectId}/scenarios`)).json()) as { items: { id: string; isBaseCase: boolean }[] };
  const scenarioId = scenarios.items.find((s) => s.isBaseCase)?.id ?? "";
  assert(projectId && scenarioId, "the demo project and its base case");
  return { projectId, scenarioId };
}

export type LoadOptions = { url: string; method?: string; headers?: Record<string, string>; body?: Record<string, unknown>; connections?: number; durationSeconds?: number; amount?: number; timeoutSeconds?: number; expectPrefix?: string };
export type LoadResult = {
  requests: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  samples: { status: number; retryAfter: string | null; body: string }[];
  /** Every non-2xx answer by "<status> <error.code>" (or "(no error code)"). */
  answers: Record<string, { count: number; withRetryAfter: number }>;
  created: string[];
  /** 2xx bodies that start with the options' expectPrefix. */
  prefixMatches: number;
};

/** Starts deploy/faults/load.mjs (autocannon) in its own process; resolves with its result when the load ends. */
export async function startLoad(options: LoadOptions): Promise<LoadResult> {
  const script = path.join(import.meta.dirname, "load.mjs");
  const { stdout } = await execFileAsync(process.execPath, [script, JSON.stringify(options)], { maxBuffer: 64 * 1024 * 1024, cwd: path.join(import.meta.dirname, "../..") });
  return JSON.parse(stdout) as LoadResult;
}

export const countIn = (load: LoadResult, from: number, to: number): number =>
  Object.entries(load.statuses).reduce((sum, [status, n]) => (Number(status) >= from && Number(status) < to ? sum + n : sum), 0);

/** A row of the closing table (run.sh prints every case's row). */
export type Row = { case: string; load: LoadResult; recoverySeconds: number | null; dataCheck: string };

export function recordRow(setup: FaultSetup, row: Row): void {
  appendFileSync(setup.rowsFile, `${JSON.stringify(row)}\n`);
}

/** The private database, for the data checks (one connection). */
export function database(setup: FaultSetup): postgres.Sql {
  return postgres(setup.databaseUrl, { max: 1, onnotice: () => undefined });
}

/** Starts a process from one of the built trees with the app's environment; run.sh kills it if the case does not. */
export function startTree(setup: FaultSetup, cwd: string, entry: string, env: Record<string, string>, name: string): ChildProcess {
  const out = openSync(path.join(setup.tmpDir, `${name}.log`), "a");
  // The app's environment as run.sh gave it (NODE_ENV among it): not this process's.
  const childEnv = { ...setup.appEnv, ...env };
  const child = spawn(process.execPath, [entry], { cwd, env: childEnv, stdio: ["ignore", out, out] });
  if (child.pid) appendFileSync(setup.pidsFile, `${child.pid}\n`);
  return child;
}

export async function run(command: string[]): Promise<string> {
  const [file = "", ...args] = command;
  const { stdout, stderr } = await execFileAsync(file, args);
  return stdout + stderr;
}

const NO_LOAD: LoadResult = { requests: 0, statuses: {}, errors: 0, timeouts: 0, samples: [], answers: {}, created: [], prefixMatches: 0 };

/**
 * Runs a case's body; an error outside its checks (a setup step) is one failed check, not a stack trace, and the
 * case still gets its row in the table.
 */
export async function runCase(setup: FaultSetup, label: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`not ok - case ${label}: ${message}`);
    recordRow(setup, { case: label, load: NO_LOAD, recoverySeconds: null, dataCheck: `not reached: ${message.slice(0, 60)}` });
    process.exitCode = 1;
  }
}
