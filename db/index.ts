import { env } from "@/lib/env.mjs";
import { onShutdown } from "@/lib/process/shutdown";
import { migrateDatabase, openDatabase, type DatabaseConfig, type DatabaseHandle, type Db } from "./client";
import { processSingleton } from "@/lib/process/singleton";

export type { Db, DbOrTx, Tx } from "./client";

type DbState = { handle?: Promise<DatabaseHandle>; ready?: Promise<DatabaseHandle> };

// One per process: Next may load this module in several bundles (instrumentation, routes, pages) and
// reloads it on every edit in development, but one process must hold exactly one client (PGlite allows
// one opener per data folder).
const state = processSingleton<DbState>("db", () => ({}));

export function databaseConfigFromEnv(): DatabaseConfig {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR };
}

function openHandle(): Promise<DatabaseHandle> {
  if (!state.handle) onShutdown("database", closeDb);
  state.handle ??= openDatabase(databaseConfigFromEnv());
  return state.handle;
}

/**
 * The app's database, ready to query. On the embedded default the first call migrates it and seeds the demo
 * data (once); a real PostgreSQL is migrated by `npm run db:migrate` and is used as it is.
 */
export async function getDb(): Promise<Db> {
  state.ready ??= prepare();
  return (await state.ready).db;
}

async function prepare(): Promise<DatabaseHandle> {
  const handle = await openHandle();
  if (handle.kind === "pglite") {
    await migrateDatabase(handle);
    // The demo accounts' passwords are public: never in production (lib/env.mjs refuses SEED_DEMO there too).
    const isSeedWanted = env.APP_ENV !== "production" && (env.SEED_DEMO ?? true);
    if (isSeedWanted) {
      const { seedDemoIfEmpty } = await import("./seed");
      await seedDemoIfEmpty(handle.db);
    }
  }
  return handle;
}

/**
 * Subscribes to a NOTIFY channel of the process's database (see DatabaseHandle.listen).
 * @returns the database it listens on (a test's next file opens another one)
 */
export async function listenToDatabase(channel: string, onNotify: (payload: string) => void, onListen: () => void): Promise<Db> {
  state.ready ??= prepare();
  const handle = await state.ready;
  await handle.listen(channel, onNotify, onListen);
  return handle.db;
}

/** Which backend answers; for the health check and logs. */
export async function getDatabaseKind(): Promise<DatabaseHandle["kind"]> {
  return (await openHandle()).kind;
}

/** Closes the process's database (tests, CLI scripts, graceful shutdown). */
export async function closeDb(): Promise<void> {
  const pending = state.handle;
  state.handle = undefined;
  state.ready = undefined;
  if (pending) await (await pending).close();
}
