// Graceful shutdown, tested on a third instance started exactly as the runtime image starts it: SIGTERM while a
// slow request is in flight -> that request still completes (and writes to the database), new connections are
// refused, the process exits 0. Then the simulation worker: SIGTERM -> pg-boss stops gracefully, exit 0.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { CookieJar, assert, check, failedCount, readJsonLines, readTopology } from "./harness";

const topology = readTopology();
const port = topology.spareAppPort;
const origin = `http://localhost:${port}`;
const log = path.join(topology.tmpDir, "app-shutdown.log");

function startProcess(cwd: string, entry: string, env: Record<string, string>, logFile: string): ChildProcess {
  const out = openSync(logFile, "a");
  return spawn(process.execPath, [entry], { cwd, env: { NODE_ENV: "production" as const, ...topology.appEnv, ...env }, stdio: ["ignore", out, out] });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<number | string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(`still running after ${timeoutMs} ms`), timeoutMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? `signal ${signal}`);
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never became healthy`);
}

async function signIn(): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: topology.user.email, password: topology.user.password, callbackUrl: origin });
  const response = await fetch(`${origin}/api/auth/callback/credentials`, { method: "POST", body, redirect: "manual", headers: { cookie: jar.header() } });
  jar.store(response);
  assert(jar.get("__Host-authjs.session-token"), `sign-in failed (${response.status})`);
  return jar.header();
}

/** Opens a POST whose body arrives in two halves; resolves the status line once the response comes back. */
function slowPost(cookie: string, json: string): { sendRest: () => void; status: Promise<string> } {
  const socket = net.connect(port, "127.0.0.1");
  const half = Math.floor(json.length / 2);
  socket.write(
    `POST /api/projects HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nCookie: ${cookie}\r\nX-Request-Id: shutdown-in-flight-1\r\n\r\n${json.slice(0, half)}`,
  );
  let received = "";
  const status = new Promise<string>((resolve, reject) => {
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      if (!received.includes("\r\n")) return;
      resolve(received.split("\r\n")[0] ?? "");
      socket.destroy();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(received.split("\r\n")[0] ?? "closed without an answer"));
  });
  // write, not end: a real client keeps its side open for the answer (a half-close makes Node drop the request).
  return { sendRest: () => void socket.write(json.slice(half)), status };
}

function isRefused(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

await check("SIGTERM: the in-flight request completes, new connections are refused, exit code 0", async () => {
  const server = startProcess(topology.appDir, "server.mjs", { PORT: String(port), HOSTNAME: "127.0.0.1", INSTANCE_ID: "app-shutdown" }, log);
  try {
    await waitForHealth(origin);
    const cookie = await signIn();
    const project = { name: `Shutdown drill ${Date.now()}`, operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8 };
    const request = slowPost(cookie, JSON.stringify(project));
    await new Promise((r) => setTimeout(r, 300));
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    assert(await isRefused(), "a new connection was accepted after SIGTERM");
    request.sendRest();
    const status = await request.status;
    assert(status.startsWith("HTTP/1.1 201"), `the in-flight request answered "${status}"`);
    const code = await exited(server, 30_000);
    assert(code === 0, `exit ${code}`);
    const lines = readJsonLines(log);
    assert(lines.some((l) => l.requestId === "shutdown-in-flight-1" && l.status === 201), "the in-flight request was not logged");
    assert(lines.some((l) => String(l.msg).startsWith("stopped cleanly")), "no clean-stop line");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
  }
});

const workerEntry = path.join(topology.workerDir, "worker.mjs");
// Never skipped: a build without the worker tree is a failure here, not a check that silently disappears.
{
  await check("SIGTERM: the simulation worker stops taking jobs, lets pg-boss stop gracefully and exits 0", async () => {
    assert(existsSync(workerEntry), `no worker tree: ${workerEntry} is missing from the build`);
    const workerLog = path.join(topology.tmpDir, "worker.log");
    const worker = startProcess(topology.workerDir, "worker.mjs", { INSTANCE_ID: "worker-1" }, workerLog);
    try {
      // Wait for the worker's "ready" line (plain text or JSON, whichever its logger writes).
      for (let i = 0; i < 120 && !readFileSync(workerLog, "utf8").includes("ready"); i += 1) {
        if (worker.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      assert(worker.exitCode === null, `the worker exited early (${worker.exitCode}); see ${workerLog}`);
      worker.kill("SIGTERM");
      const code = await exited(worker, 30_000);
      assert(code === 0, `exit ${code}`);
    } finally {
      if (worker.exitCode === null) worker.kill("SIGKILL");
    }
  });
}

process.exitCode = failedCount() > 0 ? 1 : 0;
