import { spawn, type ChildProcess } from "node:child_process";
import { createServer, Socket } from "node:net";

// A PRIVATE redis-server for tests and benchmarks that must stop and restart Redis (the shared one on 6379 is
// never touched): nothing kept on disk, bound to 127.0.0.1 on a port of its own.

export type PrivateRedis = {
  port: number;
  url: string;
  /** Starts the server (again, on the same port) and waits until it accepts connections. */
  start(): Promise<void>;
  /** Kills the server (SIGKILL: no goodbye to clients, like a crash) and waits for the process to end. */
  kill(): Promise<void>;
  isRunning(): boolean;
};

/** A port nothing listens on right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.connect(port, "127.0.0.1");
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A redis-server on a free port (`redis-server --port N --save "" --appendonly no`), not started yet.
 * @example const redis = await createPrivateRedis(); await redis.start(); … await redis.kill();
 */
export async function createPrivateRedis(binary = "redis-server"): Promise<PrivateRedis> {
  const port = await findFreePort();
  let child: ChildProcess | undefined;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child) return;
      const started = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
        stdio: "ignore",
      });
      child = started;
      started.once("exit", () => {
        if (child === started) child = undefined;
      });
      await waitUntil(() => canConnect(port), 5_000, `redis-server did not listen on ${port}`);
    },
    async kill() {
      const running = child;
      if (!running) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGKILL");
      await exited;
      child = undefined;
      await waitUntil(async () => !(await canConnect(port)), 5_000, `redis-server still listened on ${port}`);
    },
    isRunning() {
      return child !== undefined;
    },
  };
}
