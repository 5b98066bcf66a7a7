// The app image's entry point (bundled to server.mjs beside Next's standalone server.js by deploy/build.sh).
// It runs Next's own standalone server unchanged, and adds what that server lacks in a container:
//  1. the configuration is checked first, and a bad one stops the start with one line per variable;
//  2. every console line becomes a JSON line, like the app's pino request logs;
//  3. SIGTERM/SIGINT drain: stop accepting connections, let in-flight requests finish (bounded by
//     SHUTDOWN_TIMEOUT_MS), run the app's shutdown hooks (pools, queue), exit 0. Next's own handler waits for
//     requests too, but then exits 143 without closing the app's database pool or its pg-boss producer.
import http from "node:http";
import { hostname } from "node:os";
import process, { env as processEnv } from "node:process";
import { format } from "node:util";
import { HSTS_VALUE } from "../lib/observability/security-headers.mjs";
import { runShutdownHooks } from "../lib/process/shutdown.ts";

const IDLE_SWEEP_MS = 250;

/** @type {Record<string, string>} */
const CONSOLE_LEVELS = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" };

/** Console output as JSON lines (Next's start-up banner, stray console.error of unknown errors). */
function routeConsoleToJson(instance) {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    const stream = level === "error" || level === "warn" ? process.stderr : process.stdout;
    console[method] = (...args) => {
      const msg = format(...args).trim();
      if (msg) stream.write(`${JSON.stringify({ level, time: new Date().toISOString(), instance, component: "server", msg })}\n`);
    };
  }
}

async function loadConfiguration() {
  try {
    return (await import("../lib/env.mjs")).env;
  } catch (error) {
    // lib/env.mjs names every bad variable on its own line; nothing else is worth printing.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

/**
 * Remembers every HTTP server Next creates, so that a signal can close them (Next does not expose them). In
 * production every response also gets HSTS here, at run time: API routes skip proxy.ts, which sets it on pages.
 */
function trackServers({ isProduction }) {
  /** @type {http.Server[]} */
  const servers = [];
  const createServer = http.createServer;
  http.createServer = function trackedCreateServer(...args) {
    const server = createServer.apply(this, args);
    if (isProduction) server.prependListener("request", (_request, response) => response.setHeader("Strict-Transport-Security", HSTS_VALUE));
    servers.push(server);
    return server;
  };
  return servers;
}

/** Stops accepting, waits for in-flight requests (closing keep-alive connections as they fall idle). */
async function drain(servers, timeoutMs) {
  const sweep = setInterval(() => servers.forEach((s) => s.closeIdleConnections()), IDLE_SWEEP_MS);
  const deadline = setTimeout(() => servers.forEach((s) => s.closeAllConnections()), timeoutMs);
  try {
    await Promise.all(servers.map((s) => new Promise((resolve) => (s.listening ? s.close(() => resolve()) : resolve()))));
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
}

function onSignals(servers, env) {
  let isStopping = false;
  const stop = async (signal) => {
    if (isStopping) return;
    isStopping = true;
    const started = Date.now();
    console.info(`${signal} received: refusing new connections, finishing in-flight requests`);
    await drain(servers, env.SHUTDOWN_TIMEOUT_MS);
    await runShutdownHooks({
      timeoutMs: Math.max(1_000, env.SHUTDOWN_TIMEOUT_MS - (Date.now() - started)),
      report: (name, error) => console.error(`shutdown hook ${name} failed: ${error instanceof Error ? error.message : error}`),
    });
    console.info(`stopped cleanly in ${Date.now() - started} ms`);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

const env = await loadConfiguration();
routeConsoleToJson(env.INSTANCE_ID ?? hostname());
// Next installs its own SIGTERM/SIGINT handlers unless told that the entry handles them.
processEnv.NEXT_MANUAL_SIG_HANDLE = "true";
const servers = trackServers({ isProduction: env.APP_ENV === "production" });
onSignals(servers, env);
await import("./server.js");
