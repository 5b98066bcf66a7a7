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
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two cores: each PGlite instance costs ~700 MiB and 3 s, so keep parallelism modest.
    maxWorkers: 2,
  },
});
