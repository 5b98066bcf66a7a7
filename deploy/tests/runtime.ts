// What the built server loads at run time, exercised on the production trees of deploy/build.sh: a PDF of each
// report (playwright-core and Chromium), a background run on the in-process queue (the engine's worker bundle) and
// on pg-boss (the worker tree), the progress stream, and an XLSX export imported back. Each once failed only in the
// built tree: PDFs answered 500 (a file the tracer missed) and every in-process background run failed.
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { CookieJar, assert, check, failedCount, readTopology } from "./harness";

const topology = readTopology();
const local = `http://localhost:${topology.spareAppPort}`;
const chromium = { REPORT_CHROMIUM_PATH: topology.chromiumPath || "/usr/bin/chromium" };
const children: ChildProcess[] = [];

function start(cwd: string, entry: string, env: Record<string, string>, name: string): ChildProcess {
  const out = openSync(path.join(topology.tmpDir, `${name}.log`), "a");
  const child = spawn(process.execPath, [entry], { cwd, env: { NODE_ENV: "production", ...topology.appEnv, ...chromium, ...env }, stdio: ["ignore", out, out] });
  children.push(child);
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

async function signIn(origin: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: topology.user.email, password: topology.user.password, callbackUrl: origin });
  jar.store(await fetch(`${origin}/api/auth/callback/credentials`, { method: "POST", body, redirect: "manual", headers: { cookie: jar.header() } }));
  assert(jar.get("__Host-authjs.session-token"), "sign-in failed");
  return jar.header();
}

type Api = (path: string, init?: RequestInit) => Promise<Response>;
const apiOn = (origin: string, cookie: string): Api => (p, init = {}) => fetch(`${origin}${p}`, { ...init, headers: { cookie, ...init.headers } });

async function demoIds(api: Api): Promise<{ projectId: string; scenarioId: string }> {
  const projects = (await (await api("/api/projects?q=Quebrada")).json()) as { items: { id: string }[] };
  const projectId = projects.items[0]?.id ?? "";
  const scenarios = (await (await api(`/api/projects/${projectId}/scenarios`)).json()) as { items: { id: string; isBaseCase: boolean }[] };
  const scenarioId = scenarios.items.find((s) => s.isBaseCase)?.id ?? "";
  assert(projectId && scenarioId, "the demo project and its base case");
  return { projectId, scenarioId };
}

/** The event stream's text up to the run's last event (done, failed or cancelled). */
async function readUntilFinished(stream: Response, timeoutMs: number): Promise<string> {
  const reader = stream.body?.getReader();
  assert(reader, "no event stream body");
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!/"type":"(done|failed|cancelled)"/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

/** Starts a run too large to answer at once (202), follows its event stream to the end; the finished run's results. */
async function backgroundRun(api: Api, scenarioId: string): Promise<string> {
  const json = { "content-type": "application/json" };
  const started = await api("/api/simulations/run", { method: "POST", headers: json, body: JSON.stringify({ scenarioId, iterations: 40_000, seed: 20261202 }) });
  const answer = await started.text();
  assert(started.status === 202, `a 40,000-iteration run answered ${started.status}: ${answer}`);
  const { run } = JSON.parse(answer) as { run: { id: string } };
  const stream = await api(`/api/simulations/${run.id}/events`, { headers: { accept: "text/event-stream" } });
  assert(stream.ok && (stream.headers.get("content-type") ?? "").startsWith("text/event-stream"), `events: ${stream.status}`);
  const text = await readUntilFinished(stream, 180_000);
  assert(/"type":"progress"/.test(text) && /"type":"done"/.test(text), `the run did not stream progress, then done: ${text.slice(-300)}`);
  const detail = (await (await api(`/api/simulations/${run.id}`)).json()) as { run: { status: string; results: unknown } };
  assert(detail.run.status === "succeeded", `status ${detail.run.status}`);
  return JSON.stringify(detail.run.results);
}

start(topology.appDir, "server.mjs", { PORT: String(topology.spareAppPort), HOSTNAME: "127.0.0.1", INSTANCE_ID: "app-local-queue", SIMULATION_QUEUE: "local" }, "app-local-queue");
try {
  await waitFor("the in-process-queue instance", async () => ((await fetch(`${local}/api/health`)).ok ? true : undefined), 30_000);
  const localApi = apiOn(local, await signIn(local));
  const { projectId, scenarioId } = await demoIds(localApi);
  let localResults = "";

  await check("a PDF of each report renders in the built server (playwright-core traced, Chromium started)", async () => {
    for (const query of [`project-summary.pdf?projectId=${projectId}`, `scenario-distribution.pdf?scenarioId=${scenarioId}&paper=letter`, `scenario-economics.pdf?scenarioId=${scenarioId}`]) {
      const response = await localApi(`/api/reports/${query}`);
      const body = new Uint8Array(await response.arrayBuffer());
      assert(response.status === 200, `${query}: ${response.status} ${new TextDecoder().decode(body.slice(0, 200))}`);
      assert(response.headers.get("content-type") === "application/pdf", `${query}: ${response.headers.get("content-type")}`);
      assert(new TextDecoder().decode(body.slice(0, 5)) === "%PDF-" && body.length > 10_000, `${query}: not a PDF (${body.length} bytes)`);
    }
  });

  await check("the economics workbook (exceljs, streamed) and its CSV download from the built server", async () => {
    const workbook = await localApi(`/api/scenarios/${scenarioId}/economics/export?format=xlsx`);
    const bytes = new Uint8Array(await workbook.arrayBuffer());
    assert(workbook.status === 200 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes.length > 5_000, `workbook: ${workbook.status}, ${bytes.length} bytes`);
    const csv = await localApi(`/api/scenarios/${scenarioId}/economics/export?format=csv&part=sensitivity`);
    const text = await csv.text();
    assert(csv.status === 200 && text.includes("Operating cost") && text.includes("break-even"), `csv: ${csv.status} ${text.slice(0, 200)}`);
  });

  await check("a background run on the in-process queue runs on the engine's worker bundle and streams its progress", async () => {
    localResults = await backgroundRun(localApi, scenarioId);
  });

  await check("the same run through pg-boss on the worker tree gives bit-identical results", async () => {
    const worker = start(topology.workerDir, "worker.mjs", { INSTANCE_ID: "worker-runtime" }, "worker-runtime");
    try {
      const first = topology.instances[0];
      assert(first, "an instance");
      // localhost, not 127.0.0.1: Auth.js compares the sign-in form's origin with the host.
      const origin = `http://localhost:${first.port}`;
      const pgbossResults = await backgroundRun(apiOn(origin, await signIn(origin)), scenarioId);
      assert(localResults !== "" && pgbossResults === localResults, "the pg-boss run's results differ from the in-process run's");
    } finally {
      worker.kill("SIGTERM");
    }
  });

  await check("an XLSX export of the base case imports back (dry run) with no problem", async () => {
    const exported = await localApi(`/api/scenarios/${scenarioId}/export?format=xlsx`);
    const workbook = new Uint8Array(await exported.arrayBuffer());
    assert(exported.status === 200 && workbook[0] === 0x50 && workbook[1] === 0x4b, `export: ${exported.status}, ${workbook.length} bytes`);
    const form = new FormData();
    form.set("file", new Blob([workbook], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), "base-case.xlsx");
    const preview = await localApi(`/api/scenarios/${scenarioId}/import?dry_run=true`, { method: "POST", body: form });
    const body = (await preview.json()) as { isValid?: boolean; problemCount?: number };
    assert(preview.status === 200 && body.isValid === true && body.problemCount === 0, `import preview: ${preview.status} ${JSON.stringify(body).slice(0, 300)}`);
  });
} finally {
  for (const child of children) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

process.exitCode = failedCount() > 0 ? 1 : 0;
