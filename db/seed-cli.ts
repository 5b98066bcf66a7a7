// npm run db:seed: seeds the demo organisation, users and project once (idempotent).
import { migrateDatabase, openDatabase } from "./client";
import { databaseConfigFromEnv } from "./index";
import { seedDemoIfEmpty } from "./seed";
import { env } from "@/lib/env.mjs";

async function main(): Promise<void> {
  if (env.APP_ENV === "production") {
    throw new Error("refusing to seed the demo organisation in production: its passwords are public (README, First run in production)");
  }
  const handle = await openDatabase(databaseConfigFromEnv());
  try {
    if (handle.kind === "pglite") await migrateDatabase(handle);
    const isSeeded = await seedDemoIfEmpty(handle.db);
    if (!isSeeded) console.info("Demo data already present; nothing to do.");
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
