// @ts-check
// The only reader of process.env. Validated once with zod; next.config.mjs imports this module so a bad
// configuration fails the build and the server start with one clear line per variable.
import { z } from "zod";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());
const flag = z.preprocess((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"), z.boolean().optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** The app's mode: development (embedded defaults allowed), test, production (strict). */
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** postgres://… of a real PostgreSQL. Unset: the embedded PGlite database in PGLITE_DATA_DIR. */
    DATABASE_URL: optionalUrl,
    /** Folder of the embedded database (git-ignored). */
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    /** Allow the embedded database when APP_ENV=production (single-machine installs). */
    ALLOW_EMBEDDED_DB: flag,
    /** redis://… of a TCP Redis. */
    REDIS_URL: optionalUrl,
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    /** Secret that signs session tokens (>= 32 chars). Unset outside production: one is generated and kept in .data/. */
    AUTH_SECRET: optionalString,
    /** Seed the demo organisation, users and project on first start (default: on outside production). */
    SEED_DEMO: flag,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    if (!env.DATABASE_URL && !env.ALLOW_EMBEDDED_DB) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required in production (or set ALLOW_EMBEDDED_DB=true)" });
    }
    if (!env.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    if (env.AUTH_SECRET && env.AUTH_SECRET.length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be at least 32 characters" });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({ code: "custom", path: ["UPSTASH_REDIS_REST_TOKEN"], message: "UPSTASH_REDIS_REST_URL and _TOKEN go together" });
    }
  });

/**
 * Parses an environment record; throws one Error whose message names every bad variable.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
  throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
}

/** @typedef {z.infer<typeof schema>} Env */

/** @type {Env} */
export const env = parseEnv(process.env);
