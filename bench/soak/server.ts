import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ChildEnv } from "./database";

// The app as the runtime image starts it: `node server.mjs` in the production tree's app folder, with only the
// environment given here (nothing inherited), its JSON log lines written to a file.

const HEALTH_TIMEOUT_MS = 60_000;
const HEALTH_POLL_MS = 250;
/** SIGTERM drains in-flight requests (deploy/server.mjs); after this a stuck server is killed. */
const STOP_TIMEOUT_MS = 30_000;

export type RunningServer = { pid: number; url: string; logFile: string; stop(): Promise<void>; logTail(lines?: number): string };

function tailOf(file: string, lines: number): string {
  try {
    return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

async function waitForHealth(url: string, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline && isAlive()) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error(isAlive() ? `no healthy answer from ${url}/api/health within ${HEALTH_TIMEOUT_MS} ms` : "the server exited during start-up");
}

export async function startServer(options: { appDir: string; port: number; env: ChildEnv; logFile: string }): Promise<RunningServer> {
  const fd = openSync(options.logFile, "w");
  const child = spawn(process.execPath, [path.join(options.appDir, "server.mjs")], {
    cwd: options.appDir,
    env: { ...options.env, PORT: String(options.port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const isAlive = () => child.exitCode === null && child.signalCode === null;
  const url = `http://127.0.0.1:${options.port}`;
  const logTail = (lines = 20) => tailOf(options.logFile, lines);
  try {
    if (child.pid === undefined) throw new Error("the server process did not start");
    await waitForHealth(url, isAlive);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${logTail()}`);
  }
  return {
    pid: child.pid,
    url,
    logFile: options.logFile,
    logTail,
    async stop() {
      if (!isAlive()) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
