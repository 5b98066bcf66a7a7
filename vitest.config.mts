import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit and data-layer tests. e2e/ belongs to Playwright and bench/ to `npm run bench`.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", ".next/**", "e2e/**", "bench/**", ".data/**"],
    setupFiles: ["./tests/support/setup.ts"],
    globalSetup: ["./tests/support/global-setup.ts"],
    // A limit for a test that hangs, not a speed check: the workbook round trips take ~6 s on a quiet 2-core
    // machine and over 30 s when anything else runs beside the suite.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two cores: each PGlite instance costs ~700 MiB and 3 s, so keep parallelism modest.
    maxWorkers: 2,
  },
});
