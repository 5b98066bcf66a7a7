import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env.mjs";

/**
 * Where a generated development secret is kept (the git-ignored .data folder), so sessions survive restarts. The
 * folder comes from the configuration at run time: a path the build's file tracer could resolve statically was
 * copied into .next/standalone, and so shipped (deploy/check-build-output.mjs).
 */
export const GENERATED_SECRET_FILE = path.resolve(env.LOCAL_STATE_DIR, "auth-secret");
const MIN_SECRET_LENGTH = 32;

let cachedSecret: string | undefined;

/**
 * The key that signs and encrypts session tokens: AUTH_SECRET, or outside production a random one generated
 * once and kept in .data/auth-secret. Production without AUTH_SECRET is refused by lib/env.mjs already.
 */
export function getAuthSecret(): string {
  cachedSecret ??= env.AUTH_SECRET ?? readOrCreateSecret(GENERATED_SECRET_FILE);
  return cachedSecret;
}

/** Reads the secret file, creating it first when missing. Safe when two processes race: only one write wins. */
export function readOrCreateSecret(file: string): string {
  if (env.APP_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  const existing = readSecretFile(file);
  if (existing) return existing;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
  }
  const created = readSecretFile(file);
  if (!created) throw new Error(`${file} does not hold a usable secret; delete it to generate a new one`);
  return created;
}

function readSecretFile(file: string): string | undefined {
  try {
    const value = readFileSync(file, "utf8").trim();
    return value.length >= MIN_SECRET_LENGTH ? value : undefined;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EEXIST";
}
