import { createServer, Socket, type Server } from "node:net";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { findUnavailableCause, isDatabaseUnavailable } from "@/db/unavailable";
import { toErrorResponse } from "@/lib/http/respond";
import { replaceProcessSingleton } from "@/lib/process/singleton";
import { captureLogs } from "@/tests/support/logs";
import { findFreePort } from "@/tests/support/redis-server";
import { createTcpProxy } from "@/tests/support/tcp-proxy";

// The classifier is judged on errors the driver really raises (a closed port, a server that never answers, a
// connection cut under a query, a backend terminated by PostgreSQL), wrapped the way drizzle wraps them, and on
// real errors that are NOT an outage (a bad query, a socket error that did not come from a query).

const serverUrl = process.env.CALMINER_TEST_DATABASE_URL;
const clients: postgres.Sql[] = [];
const servers: Server[] = [];
const sockets: Socket[] = [];

/** A postgres.js client as the app configures it for outages, minus the pool size; closed after the file. */
function client(url: string, options: postgres.Options<Record<string, never>> = {}): postgres.Sql {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {}, ...options });
  clients.push(sql);
  return sql;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(clients.map((sql) => sql.end({ timeout: 1 })));
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe("isDatabaseUnavailable on real driver errors", () => {
  it("is true for a refused connection, raw and wrapped by drizzle (DrizzleQueryError → cause)", async () => {
    const url = `postgres://postgres@127.0.0.1:${await findFreePort()}/calminer`;
    const raw = await rejectionOf(client(url)`select 1`);
    const wrapped = await rejectionOf(drizzle(client(url)).execute(sql`select 1`));
    expect(findUnavailableCause(raw)?.code).toBe("ECONNREFUSED");
    expect((wrapped as Error).constructor.name).toBe("DrizzleQueryError");
    expect(findUnavailableCause(wrapped)?.code).toBe("ECONNREFUSED");
  });

  it("is true for a server that accepts the connection and never answers (CONNECT_TIMEOUT)", async () => {
    const silent = createServer((socket) => sockets.push(socket));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const error = await rejectionOf(client(`postgres://postgres@127.0.0.1:${port}/calminer`, { connect_timeout: 1 })`select 1`);
    expect(findUnavailableCause(error)?.code).toBe("CONNECT_TIMEOUT");
  });

  it("is false for a refused socket that did not come from a query (a mail server, an HTTP API)", async () => {
    const port = await findFreePort();
    const error = await new Promise<Error>((resolve) => new Socket().once("error", resolve).connect(port, "127.0.0.1"));
    expect((error as Error & { code?: string }).code).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
  });
});

describe.skipIf(!serverUrl)("isDatabaseUnavailable on errors from a real PostgreSQL (needs TEST_DATABASE_URL)", () => {
  it("is true for a connection cut under a running query (CONNECTION_CLOSED)", async () => {
    const target = new URL(serverUrl ?? "");
    const proxy = await createTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(target);
    viaProxy.port = String(proxy.port);
    const db = client(viaProxy.toString());
    await db`select 1`;
    const running = rejectionOf(db`select pg_sleep(30)`);
    await proxy.stop();
    expect(findUnavailableCause(await running)?.code).toBe("CONNECTION_CLOSED");
  });

  it("is true for a backend PostgreSQL terminates, as a restart does (FATAL 57P01, reported by postgres.js as CONNECTION_CLOSED)", async () => {
    const victim = client(serverUrl ?? "");
    const [backend] = await victim<{ pid: number }[]>`select pg_backend_pid() as pid`;
    if (!backend) throw new Error("pg_backend_pid() returned no row");
    const running = rejectionOf(victim`select pg_sleep(30)`);
    await client(serverUrl ?? "")`select pg_terminate_backend(${backend.pid})`;
    // postgres.js keeps a FATAL that arrives under a query only until the socket closes, then rejects with this.
    expect(findUnavailableCause(await running)?.code).toBe("CONNECTION_CLOSED");
  });

  it("is false for an SQL error (42601 syntax error)", async () => {
    const error = await rejectionOf(drizzle(client(serverUrl ?? "")).execute(sql`selec 1`));
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("the answer to a database outage", () => {
  beforeEach(() => replaceProcessSingleton("database-outage-log", undefined));

  it("is 503 DATABASE_UNAVAILABLE with Retry-After, warned about once (no error, no stack)", async () => {
    const url = `postgres://postgres:s3cret@127.0.0.1:${await findFreePort()}/calminer`;
    const error = await rejectionOf(drizzle(client(url)).execute(sql`select 1`));
    const logs = captureLogs();
    try {
      const first = toErrorResponse(error);
      const second = toErrorResponse(error);
      for (const response of [first, second]) {
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("5");
        expect(await response.json()).toEqual({ error: { code: "DATABASE_UNAVAILABLE", message: expect.any(String) } });
      }
      const lines = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: "warn", component: "db", code: "ECONNREFUSED" });
      expect(JSON.stringify(lines[0])).not.toMatch(/stack|s3cret/);
    } finally {
      logs.restore();
    }
  });

  it("classifies PostgreSQL's own outage states by SQLSTATE (shutdown, starting up, too many connections)", () => {
    // Hand-made complements to the real errors above, for states a shared test server cannot be put in.
    for (const code of ["57P01", "57P02", "57P03", "53300", "08006", "08001"]) {
      const error = Object.assign(new Error("the database system is starting up"), { code });
      expect(toErrorResponse(error).status, code).toBe(503);
    }
    const unique = Object.assign(new Error("duplicate key"), { code: "23505" });
    expect(isDatabaseUnavailable(unique)).toBe(false);
  });
});
