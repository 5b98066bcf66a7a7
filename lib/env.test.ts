import { describe, expect, it } from "vitest";
import { parseEnv, resolveLogLevel } from "./env.mjs";

describe("configuration", () => {
  it("needs nothing in development: embedded database, in-process cache, demo seed", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("development");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", REDIS_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses production without a database URL and a secret, naming each variable on its own line", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrowError(
      /DATABASE_URL: is required in production[\s\S]*AUTH_SECRET: is required in production/,
    );
  });

  it("allows the embedded database in production only when asked explicitly", () => {
    const env = parseEnv({ APP_ENV: "production", ALLOW_EMBEDDED_DB: "true", AUTH_SECRET: "x".repeat(32) });
    expect(env.ALLOW_EMBEDDED_DB).toBe(true);
  });

  it("refuses a short secret and a malformed URL", () => {
    expect(() => parseEnv({ APP_ENV: "production", DATABASE_URL: "postgres://db/x", AUTH_SECRET: "short" })).toThrowError(
      /AUTH_SECRET: must be at least 32 characters/,
    );
    expect(() => parseEnv({ REDIS_URL: "not a url" })).toThrowError(/REDIS_URL/);
  });

  it("logs verbosely in development, quietly in test, at info in production, unless LOG_LEVEL says otherwise", () => {
    expect(resolveLogLevel(parseEnv({}))).toBe("debug");
    expect(resolveLogLevel(parseEnv({ APP_ENV: "test" }))).toBe("warn");
    const production = { APP_ENV: "production", DATABASE_URL: "postgres://db/x", AUTH_SECRET: "x".repeat(32) };
    expect(resolveLogLevel(parseEnv(production))).toBe("info");
    expect(resolveLogLevel(parseEnv({ ...production, LOG_LEVEL: "warn" }))).toBe("warn");
    expect(() => parseEnv({ LOG_LEVEL: "loud" })).toThrowError(/LOG_LEVEL/);
  });

  it("refuses a short metrics token and a bad port, and defaults the shutdown grace period", () => {
    expect(() => parseEnv({ METRICS_TOKEN: "short", METRICS_PORT: "70000" })).toThrowError(
      /METRICS_PORT: [^\n]+\n[\s\S]*METRICS_TOKEN: must be at least 16 characters|METRICS_TOKEN: must be at least 16 characters[\s\S]*METRICS_PORT/,
    );
    const env = parseEnv({ METRICS_TOKEN: "t".repeat(16), SHUTDOWN_TIMEOUT_MS: "" });
    expect(env.METRICS_TOKEN).toBe("t".repeat(16));
    expect(env.SHUTDOWN_TIMEOUT_MS).toBe(25_000);
  });

  it("treats a built server started without APP_ENV as production: strict, and no demo seed", () => {
    // `next start` and the standalone server run with NODE_ENV=production; the demo admin's password is public.
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrowError(/AUTH_SECRET: is required in production/);
    const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://db/calminer", AUTH_SECRET: "x".repeat(32) });
    expect(env.APP_ENV).toBe("production");
    expect(parseEnv({ NODE_ENV: "production", APP_ENV: "development" }).APP_ENV).toBe("development");
  });

  it("refuses the demo seed in production, whatever else is set", () => {
    const production = { APP_ENV: "production", DATABASE_URL: "postgres://db/calminer", AUTH_SECRET: "x".repeat(32) };
    expect(() => parseEnv({ ...production, SEED_DEMO: "true" })).toThrowError(/SEED_DEMO: .*never seeded in production/);
    expect(parseEnv({ ...production, SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });

  it("lets `next build` run in production mode without the server's secrets, which are checked at its start", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).APP_ENV).toBe("production");
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build", SEED_DEMO: "1" })).toThrowError(/SEED_DEMO/);
  });
});
