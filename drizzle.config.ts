import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema with `npx drizzle-kit generate --name <what>` and are append-only
// once they land. The same folder migrates PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./drizzle",
  strict: true,
  verbose: true,
});
