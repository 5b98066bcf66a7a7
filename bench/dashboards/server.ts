import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// `next start` of a built app (its .next folder) as a child process with the benchmark's environment.

const OUTPUT_TAIL_BYTES = 64 * 1024;

export type AppServer = { url: string; stop(): Promise<void>; output(): string };

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not answer ${url}/api/health within ${timeoutMs} ms`);
}

export async function startAppServer({ appDir, port, env }: { appDir: string; port: number; env: Record<string, string> }): Promise<AppServer> {
  const nextBin = path.join(appDir, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Only the tail is kept (for errors): the app logs a line per request, thousands per second, and a growing
  // string in this process (which also runs the load generator) slowed the later measurements.
  const chunks: Buffer[] = [];
  let keptBytes = 0;
  const keepTail = (chunk: Buffer) => {
    chunks.push(chunk);
    keptBytes += chunk.length;
    while (keptBytes > OUTPUT_TAIL_BYTES && chunks.length > 1) keptBytes -= chunks.shift()?.length ?? 0;
  };
  const output = () => Buffer.concat(chunks).toString();
  child.stdout?.on("data", keepTail);
  child.stderr?.on("data", keepTail);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, 30_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${output()}`);
  }
  return {
    url,
    output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
