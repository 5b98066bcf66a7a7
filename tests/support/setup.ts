import { afterEach, beforeEach, vi } from "vitest";

// Point the app's one database module at the test database before any test imports it (lib/env.mjs reads
// process.env once, at import). Real PostgreSQL when TEST_DATABASE_URL is set (global-setup created the
// database), else an in-memory PGlite private to this test file.
process.env.APP_ENV = "test";
process.env.SEED_DEMO = "false";
if (process.env.CALMINER_TEST_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.CALMINER_TEST_DATABASE_URL;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
}
// The cache under test is chosen by each cache test; the app code under test uses the in-process cache.
delete process.env.REDIS_URL;
delete process.env.UPSTASH_REDIS_REST_URL;
delete process.env.UPSTASH_REDIS_REST_TOKEN;

// An unexpected console.error is a bug: fail the test that produced it (epic-stack pattern).
// A test that expects an error log spies on console.error itself.
let consoleErrorSpy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  consoleErrorSpy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(" ")}`);
  });
});

afterEach(() => {
  consoleErrorSpy?.mockRestore();
});
