// npm run setup -- --organisation "Acme Mining" --admin-email ada@acme.example [--admin-name "Ada Lovelace"]
// The first run in production: migrates the database, creates the first organisation and its administrator, and
// prints a single-use link (valid 72 hours) where the administrator sets their own password. Refuses when any
// organisation already has an administrator. With the embedded database, stop the server first (one process at a time).
import { parseArgs } from "node:util";
import { closeDb, databaseConfigFromEnv } from "@/db";
import { migrateDatabase, openDatabase } from "@/db/client";
import { isAppError } from "@/lib/errors";
import { createFirstAdmin } from "./first-admin";

const USAGE = 'Usage: npm run setup -- --organisation "Acme Mining" --admin-email ada@acme.example [--admin-name "Ada Lovelace"]';

async function migrate(): Promise<void> {
  const handle = await openDatabase(databaseConfigFromEnv());
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { organisation: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" } } });
  if (!values.organisation || !values["admin-email"]) throw new Error(USAGE);
  await migrate();
  const admin = await createFirstAdmin({ organisation: values.organisation, adminEmail: values["admin-email"], adminName: values["admin-name"] });
  console.info(`Created the organisation “${values.organisation}” and its administrator ${admin.email}.`);
  console.info(`Open this link to set the administrator's password (it works once, until ${admin.link.expiresAt.toISOString()}):`);
  console.info(`\n  ${admin.link.url}\n`);
  console.info("The link starts with APP_BASE_URL; set it to the address people use to reach CalMiner if this one is wrong.");
}

main()
  .catch((error: unknown) => {
    const fields = isAppError(error) && error.fieldErrors ? ` ${JSON.stringify(error.fieldErrors)}` : "";
    console.error(`Setup refused: ${error instanceof Error ? error.message : String(error)}${fields}`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
