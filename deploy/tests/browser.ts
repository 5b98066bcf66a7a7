// The built app in Chromium THROUGH nginx, under its real CSP: sign in with the form, open the dashboard and
// the operations page (Chart.js canvases), and fail on any CSP violation or console error.
import { chromium, type Page } from "@playwright/test";
import { assert, check, failedCount, readTopology } from "./harness";

const topology = readTopology();
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const problems: string[] = [];

// The app ships no favicon yet; the browser's own request for it is not a page error.
const IGNORED_404 = /\/favicon\.ico$/;

function watch(page: Page): void {
  page.on("console", (message) => {
    const isIgnored404 = message.text().includes("404") && IGNORED_404.test(message.location().url);
    if (message.type() === "error" && !isIgnored404) problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
}

// Listens in the page itself: every CSP violation is recorded on window, read back after each step.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

const browser = await chromium.launch({ executablePath: topology.chromiumPath || undefined, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.addInitScript(RECORD_VIOLATIONS);
  watch(page);

  await check("the sign-in page runs its scripts under the nonce CSP and signs the demo user in", async () => {
    await page.goto(`${topology.nginxUrl}/sign-in`);
    await page.getByLabel("Email").fill(topology.user.email);
    await page.getByLabel("Password").fill(topology.user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/, { timeout: 20_000 });
    assert((await violations(page)).length === 0, (await violations(page)).join("; "));
  });

  await check("the dashboard renders and hydrates with no CSP violation", async () => {
    await page.goto(`${topology.nginxUrl}/dashboard`);
    await page.waitForLoadState("networkidle");
    assert(await page.getByRole("heading").first().isVisible(), "no heading on the dashboard");
    const found = await violations(page);
    assert(found.length === 0, found.join("; "));
  });

  await check("Chart.js canvases draw on the operations page with no CSP violation", async () => {
    await page.goto(`${topology.nginxUrl}/operations`);
    await page.waitForLoadState("networkidle");
    const canvases = await page.locator("canvas").count();
    assert(canvases > 0, "no chart canvas on the operations page");
    const drawn = await page.locator("canvas").first().evaluate((c) => (c as HTMLCanvasElement).width > 0);
    assert(drawn, "the first canvas has no size");
    const found = await violations(page);
    assert(found.length === 0, found.join("; "));
  });

  await check("the first admin from setup.mjs opens the link, chooses a password and signs in to their organisation", async () => {
    const context = await browser.newContext();
    const admin = await context.newPage();
    await admin.addInitScript(RECORD_VIOLATIONS);
    watch(admin);
    const link = `${topology.nginxUrl}${topology.firstAdmin.setPasswordPath}`;
    await admin.goto(link);
    await admin.getByRole("heading", { name: "Set your password" }).waitFor();
    const password = `first light ${Date.now().toString(36)} over the pit`;
    await admin.getByLabel(/^New password/).fill(password);
    await admin.getByLabel(/^Repeat the new password/).fill(password);
    await admin.getByRole("button", { name: "Set password" }).click();
    await admin.getByText("Your password is set. Sign in with it.").waitFor({ timeout: 20_000 });
    await admin.getByLabel("Email").fill(topology.firstAdmin.email);
    await admin.getByLabel("Password").fill(password);
    await admin.getByRole("button", { name: "Sign in" }).click();
    await admin.waitForURL(/\/dashboard/, { timeout: 20_000 });
    // The dashboard of the organisation the setup created (waits: the page renders after the redirect).
    await admin.getByText("Projects, scenarios and simulation runs of Topology Mining").waitFor({ timeout: 20_000 });
    await admin.goto(link);
    await admin.getByRole("heading", { name: "This link no longer works" }).waitFor({ timeout: 10_000 });
    const found = await violations(admin);
    assert(found.length === 0, found.join("; "));
    await context.close();
  });

  await check("no console errors in the browser", async () => {
    assert(problems.length === 0, problems.slice(0, 5).join(" | "));
  });
} finally {
  await browser.close();
}

process.exitCode = failedCount() > 0 ? 1 : 0;
