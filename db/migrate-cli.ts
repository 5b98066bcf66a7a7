// npm run db:migrate: applies drizzle/ migrations to DATABASE_URL (or the embedded database).
import { closeDb, databaseConfigFromEnv } from "./index";
import { migrateDatabase, openDatabase } from "./client";

async function main(): Promise<void> {
  const config = databaseConfigFromEnv();
  const handle = await openDatabase(config);
  try {
    await migrateDatabase(handle);
    console.info(`Migrations applied (${handle.kind}).`);
  } finally {
    await handle.close();
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
