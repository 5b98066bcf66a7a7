import { spawn } from "node:child_process";
import path from "node:path";
import postgres from "postgres";

// A fresh PostgreSQL database for one soak run: created on TEST_DATABASE_URL's server, migrated by the migrate
// image's command (migrate/migrate.mjs of the production tree), seeded with the demo data, dropped at the end.

export type SoakDatabase = { name: string; url: string; drop(): Promise<void> };

/** A child process's whole environment (nothing inherited); Next's types make NODE_ENV required. */
export type ChildEnv = Record<string, string> & { NODE_ENV: "development" | "production" | "test" };

/**
 * @throws when TEST_DATABASE_URL is unset: the embedded database (PGlite) serves one connection at a time, so a
 * load of many connections would measure its queue, not the app.
 */
export function requireAdminUrl(adminUrl: string | undefined): string {
  if (!adminUrl) {
    throw new Error(
      "bench:soak needs TEST_DATABASE_URL (an admin URL of a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres): " +
        "the embedded database (PGlite) is single-connection, so 64 connections would only measure its queue.",
    );
  }
  return adminUrl;
}

export async function createSoakDatabase(adminUrl: string): Promise<SoakDatabase> {
  const name = `calminer_soak_${Date.now()}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Runs a command to completion; rejects with its output when it fails. */
export async function runCommand(command: string, args: string[], options: { cwd: string; env: ChildEnv }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}

/**
 * Migrates with the production tree's migrate.mjs, then seeds the demo organisation from the source tree
 * (`db/seed-cli.ts`, as deploy/tests/topology.sh does: the images never seed demo data, so no tree ships a seeder).
 */
export async function migrateAndSeed(options: { repo: string; treeDir: string; appEnv: ChildEnv }): Promise<void> {
  await runCommand(process.execPath, ["migrate.mjs"], { cwd: path.join(options.treeDir, "migrate"), env: options.appEnv });
  // Development mode: db/seed-cli.ts refuses production (the demo passwords are public).
  const { PATH = "", DATABASE_URL = "" } = options.appEnv;
  await runCommand(process.execPath, ["--import", "tsx", "db/seed-cli.ts"], {
    cwd: options.repo,
    env: { PATH, DATABASE_URL, APP_ENV: "development", NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" },
  });
}
