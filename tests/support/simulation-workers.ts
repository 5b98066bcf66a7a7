import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// Real `npm run worker` processes for the queue tests: tsx runs lib/simulations/worker-cli.ts on the test database.

export type WorkerProcess = { child: ChildProcess; output: () => string };

/** Starts a worker process and resolves once it says it is ready. */
export async function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("lib", "simulations", "worker-cli.ts")], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_ENV: "test", SEED_DEMO: "false", SIMULATION_QUEUE_SUPERVISE_SECONDS: "2", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready after 60 s:\n${output}`)), 60_000);
    const check = (): void => {
      if (output.includes("ready")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

/** Stops a worker (SIGTERM: graceful) and waits for its exit. */
export async function stopWorkerProcess(worker: WorkerProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => worker.child.once("exit", () => resolve()));
  worker.child.kill(signal);
  await exited;
}
