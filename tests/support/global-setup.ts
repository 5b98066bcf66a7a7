import postgres from "postgres";
import { migrateDatabase, openDatabase } from "@/db/client";

// With TEST_DATABASE_URL (a real PostgreSQL server), every run gets its own freshly created, migrated
// database, dropped at the end, so a dirty server never breaks the suite. Without it the data-layer tests
// use an in-memory PGlite per test file (see setup.ts).
export default async function setup(): Promise<(() => Promise<void>) | void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return;
  const databaseName = `calminer_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${databaseName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 1 });
  await migrateDatabase(handle);
  await handle.close();
  // Inherited by the test worker processes, which start after global setup.
  process.env.CALMINER_TEST_DATABASE_URL = url.toString();
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  };
}
