import type { Db } from "@/db";
import { createTcpProxy, type TcpProxy } from "@/tests/support/tcp-proxy";
import type { CapturedLogs } from "@/tests/support/logs";
import { projectCreationsByName } from "./project-writes";

// The app with its one database client reaching the test database through a private TCP proxy
// (tests/support/tcp-proxy.ts), which a test stops, starts or makes lose one message, without touching the
// PostgreSQL server other test files share. Needs a real server: CALMINER_TEST_DATABASE_URL (tests/support).

export type Answer = { status: number; body: unknown; headers: Headers };

export type AppThroughProxy = {
  proxy: TcpProxy;
  db: Db;
  /** GET or POST /api/projects as a project manager of a fresh organisation. */
  projectsApi: (method: "GET" | "POST", body?: unknown) => Promise<Answer>;
  readiness: () => Promise<Response>;
  /** The app's log lines (not the request lines) since the app was opened. */
  logs: CapturedLogs;
  /** Projects of the organisation with these names, each with its number of audit rows recording its creation. */
  committedProjects: (names: readonly string[]) => Promise<Map<string, number>>;
  close: () => Promise<void>;
};

/**
 * Opens the app through a proxy to `serverUrl`; call once per test file. App modules are imported only here, after
 * DATABASE_URL names the proxy (a static import of one, even of the logger, would read the environment too early).
 */
export async function openAppThroughProxy(serverUrl: string): Promise<AppThroughProxy> {
  const target = new URL(serverUrl);
  const proxy = await createTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  await proxy.start();
  const viaProxy = new URL(target);
  viaProxy.port = String(proxy.port);
  // lib/env.mjs reads process.env once, at its first import: every app module below is imported after this.
  process.env.DATABASE_URL = viaProxy.toString();
  const [{ getDb, closeDb }, { openDatabase }, { getCache }, fixtures, api, projects, ready, { captureLogs }] = await Promise.all([
    import("@/db"),
    import("@/db/client"),
    import("@/lib/cache"),
    import("@/tests/support/db"),
    import("@/tests/support/api"),
    import("@/app/api/projects/route"),
    import("@/app/api/health/ready/route"),
    import("@/tests/support/logs"),
  ]);
  const db = await getDb();
  const organisationId = (await fixtures.createTestOrganisation(db)).id;
  const user = await fixtures.createTestUser(db, { organisationId, role: "project_manager" });
  const cookie = await api.sessionCookieFor(user.id, organisationId);
  const logs = captureLogs();
  // What was committed is read on a connection of its own, straight to the server: the app's pool may still hold
  // a connection the proxy cut, and the check must not depend on the code under test recovering.
  const direct = await openDatabase({ kind: "postgres", url: serverUrl, maxConnections: 1 });
  return {
    proxy,
    db,
    projectsApi: (method, body) => api.callRoute(method === "GET" ? projects.GET : projects.POST, method, "/api/projects", { cookie, body }),
    readiness: ready.GET,
    logs,
    committedProjects: (names) => projectCreationsByName(direct.db, { organisationId, names }),
    async close() {
      logs.restore();
      await direct.close();
      await closeDb();
      await getCache().close();
      await proxy.stop();
    },
  };
}

/** Waits for the proxy's trap to spring; fails (instead of hanging the test) when it did not within `ms`. */
export async function sprungWithin(trap: Promise<void>, ms = 5_000): Promise<void> {
  await settledWithin(trap, ms, "the proxy's trap");
}

/** The value of `work`, or a failure naming `what` when it has not settled within `ms`: a hang becomes an error. */
export async function settledWithin<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The captured log lines, parsed. */
export function logLines(logs: CapturedLogs): { level: string; msg: string; [field: string]: unknown }[] {
  return logs.lines.map((line) => JSON.parse(line) as { level: string; msg: string });
}
