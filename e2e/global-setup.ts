import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

const E2E_DATA_ROOT = path.join(process.cwd(), ".data", "e2e");

// Each run gets its own data folder (playwright.config.ts), because Playwright starts the web server before this
// global setup runs. Here the folders of earlier runs are removed so they do not pile up.
export default function globalSetup(): void {
  let entries: string[];
  try {
    entries = readdirSync(E2E_DATA_ROOT);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry !== process.env.E2E_RUN_ID) rmSync(path.join(E2E_DATA_ROOT, entry), { recursive: true, force: true });
  }
}
