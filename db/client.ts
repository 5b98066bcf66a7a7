import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the app codes against; PGlite and postgres.js both satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a data-layer function can run its queries on: the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type DatabaseHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  /**
   * Subscribes to a NOTIFY channel. `onListen` runs each time the subscription is (re)established: notifications
   * sent while it was down are lost, so a listener that caches must start afresh there.
   */
  listen: (channel: string, onNotify: (payload: string) => void, onListen: () => void) => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseConfig =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir: string };

/** Where drizzle-kit writes migrations; resolved from the working directory (the app root in every mode). */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/**
 * How long a request may wait on a PostgreSQL that is down or restarting, so it fails fast with 503
 * DATABASE_UNAVAILABLE (lib/http/respond.ts) instead of hanging. onnotice: PostgreSQL's NOTICEs ("relation already
 * exists, skipping") are not errors; they are kept quiet.
 */
const OUTAGE_BOUNDS = {
  // Seconds to open a connection (TCP + startup + auth). postgres.js waits 30 s by default; a server that does not
  // answer within 5 s is down as far as a person waiting on a page is concerned.
  connect_timeout: 5,
  // Seconds before a connection that lost its server may reconnect. The default grows as 3^failures / 100 s up to
  // 20 s, shared by the whole pool, so after a restart of a few seconds the next query could wait 10–20 s before it
  // even tried (the 18 s hang of issue #13). Capped at 1 s: a refused connect costs the server nothing.
  backoff: (failures: number) => Math.min(0.05 * 2 ** failures, 1),
  // Seconds of silence before TCP keepalive probes start on an idle connection (default 60), so a server that
  // vanished without closing its sockets is noticed sooner. No statement_timeout: imports, migrations and stored
  // runs legitimately take long, and a server that is down closes or refuses sockets rather than hanging them.
  keep_alive: 15,
} as const;

/** Opens a connection (postgres.js) or an embedded database (PGlite, created on first use). */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.url, { max: config.maxConnections ?? 10, ...OUTAGE_BOUNDS, onnotice: () => {} });
    const db = drizzle(client, { schema }) as unknown as Db;
    const listen = async (channel: string, onNotify: (payload: string) => void, onListen: () => void) => {
      await client.listen(channel, onNotify, onListen);
    };
    return { db, kind: "postgres", listen, close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const isInMemory = config.dataDir.startsWith("memory://");
  if (!isInMemory) mkdirSync(config.dataDir, { recursive: true });
  const client = await PGlite.create(isInMemory ? config.dataDir : path.resolve(config.dataDir));
  const db = drizzle(client, { schema }) as unknown as Db;
  const listen = async (channel: string, onNotify: (payload: string) => void, onListen: () => void) => {
    await client.listen(channel, onNotify);
    onListen();
  };
  return { db, kind: "pglite", listen, close: () => client.close() };
}

/** Applies every migration in drizzle/ that has not run yet. Safe to call on every start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // The migrator only needs the session API shared by both drivers.
    await migrate(handle.db as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(handle.db as unknown as Parameters<typeof migrate>[0], { migrationsFolder: MIGRATIONS_FOLDER });
}
