import { defineConfig, devices } from "@playwright/test";
import { E2E_SMTP_PORT, mailboxDir } from "./e2e/mailbox";

// End-to-end tests against the BUILT app (`next build` first) on the embedded defaults: a fresh PGlite data folder
// per run, seeded with the demo organisation and users on start.
// E2E_PORT / E2E_SMTP_PORT let a second checkout run its suite beside another on the same machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: Next rewrites the host to localhost and Auth.js would refuse the form (MissingCSRF).
const BASE_URL = `http://localhost:${PORT}`;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

function refuseRemoteDatabase(url: string | undefined): void {
  if (!url) return;
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("e2e: DATABASE_URL is not a valid URL; refusing to run");
  }
  if (!LOCAL_HOSTS.has(host)) throw new Error(`e2e: refusing to run with a non-local DATABASE_URL (${host})`);
}
refuseRemoteDatabase(process.env.DATABASE_URL);

const runId = process.env.E2E_RUN_ID ?? new Date().toISOString().replace(/[^0-9]/g, "").slice(0, 14);
process.env.E2E_RUN_ID = runId; // the config is loaded again in each worker: keep one folder per run
const dataDir = `.data/e2e/${runId}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // CI machines have two cores shared by the server, two browsers and the workers: journeys of ~30 s there.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: [
    {
      // The mail server the app sends invitations and reset links to (e2e/mailbox.ts reads them).
      command: "node e2e/smtp-sink.mjs",
      port: E2E_SMTP_PORT,
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: String(E2E_SMTP_PORT), E2E_MAILBOX: mailboxDir(runId) },
    },
    {
      command: `npx next start -p ${PORT}`,
      url: `${BASE_URL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        APP_ENV: "test",
        SEED_DEMO: "true",
        // Always the embedded database: the demo data is seeded only there.
        DATABASE_URL: "",
        PGLITE_DATA_DIR: dataDir,
        REDIS_URL: "",
        UPSTASH_REDIS_REST_URL: "",
        UPSTASH_REDIS_REST_TOKEN: "",
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        APP_BASE_URL: BASE_URL,
      },
    },
  ],
});
