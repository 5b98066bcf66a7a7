import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm run db:seed` writes the demo organisation, whose passwords are in the README: never into production.

const workDir = mkdtempSync(path.join(tmpdir(), "calminer-seed-cli-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function seedCli(env: Record<string, string>) {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawnSync(tsx, ["db/seed-cli.ts"], { cwd: process.cwd(), env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60_000 });
}

describe("npm run db:seed", () => {
  it("refuses production, before it opens the database", () => {
    const dataDir = path.join(workDir, "production-db");
    const result = seedCli({ APP_ENV: "production", ALLOW_EMBEDDED_DB: "true", PGLITE_DATA_DIR: dataDir, AUTH_SECRET: "s".repeat(32) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to seed the demo organisation in production/);
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);

  it("refuses a built environment that left APP_ENV unset (NODE_ENV=production)", () => {
    const dataDir = path.join(workDir, "built-db");
    const result = seedCli({ NODE_ENV: "production", ALLOW_EMBEDDED_DB: "true", PGLITE_DATA_DIR: dataDir, AUTH_SECRET: "s".repeat(32) });
    expect(result.status).toBe(1);
    expect(existsSync(dataDir)).toBe(false);
  }, 90_000);
});
