import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

// The simulation pages on the demo project's base case: run, follow, read, rerun, compare; what a viewer sees.
// Serial: the viewer reads the runs the analyst made (viewers cannot run one themselves).

const DEMO_BASE = "Base case (feasibility study)";
const SCREENS = "test-results/screens";
/** Money in millions as the pages show it: "USD 127.0 M", "-USD 454.8 M". */
const MONEY_MILLIONS = /^-?USD\s-?[\d,]+\.\d M$/;

/** Signs in straight to `path` (the sign-in form's callback), so these stories do not depend on the dashboard. */
async function signInAs(page: Page, email: string, path: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await signIn.signIn(email, DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === path);
}

/** (On /projects) demo project → base case → its Simulations page; returns that page's path. */
async function openBaseCaseSimulations(page: Page): Promise<string> {
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: DEMO_BASE }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_BASE, level: 1 })).toBeVisible();
  const path = `${new URL(page.url()).pathname}/simulations`;
  await page.goto(path);
  return path;
}

function percentileRow(page: Page, label: string) {
  return page.getByRole("table", { name: "Percentiles of NPV" }).getByRole("row", { name: new RegExp(`^${label} `) });
}

test.describe.serial("simulations of the demo base case", () => {
  let simulationsPath = "";

  test("as an analyst, I run 5,000 iterations with seed 42, see the progress bar, the histogram and the percentiles, and a rerun gives the identical P50", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "analyst@calminer.local", "/projects");
    simulationsPath = await openBaseCaseSimulations(page);
    // The organisation's quota is in view before anyone runs into it.
    await expect(page.getByTestId("simulation-quota")).toContainText(/of 4 background runs queued or running, .* iterations used in the last hour/);

    const form = page.getByRole("form", { name: "Run a simulation" });
    await form.getByLabel("Iterations").fill("5000");
    await form.getByLabel("Seed").fill("42");
    await form.getByRole("button", { name: "Run simulation" }).click();

    const progress = page.getByRole("progressbar", { name: "Simulation progress" });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
    await expect(progress).toHaveAttribute("aria-valuetext", "100 % — 5,000 of 5,000 iterations");
    await expect(page.getByRole("figure").filter({ hasText: /^Distribution of NPV over [\d,]+ iterations/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Distribution of NPV over .*P5 .*P50 .*P95 / })).toBeVisible();
    const p50 = (await percentileRow(page, "P50").getByRole("cell").textContent()) ?? "";
    expect(p50).toMatch(MONEY_MILLIONS);
    for (const label of ["P5", "P10", "P90", "P95"]) await expect(percentileRow(page, label).getByRole("cell")).toHaveText(MONEY_MILLIONS);
    await expect(page.getByRole("definition").filter({ hasText: /^\d[\d,]* of 5,000$/ }).first()).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "Probability of loss" })).toBeVisible();
    await expect(page.getByLabel("Run details").first()).toContainText("Seed42");
    await page.screenshot({ path: `${SCREENS}/simulation-results.png`, fullPage: true });
    // Close-ups of the charts, to check they read well.
    for (const [name, figure] of [["histogram", /^Distribution of NPV/], ["s-curve", /^S-curve/], ["convergence", /^Convergence/], ["tornado", /^Tornado/], ["swings", /^One-at-a-time/]] as const) {
      await page.getByRole("figure", { name: figure }).screenshot({ path: `${SCREENS}/simulation-${name}.png` });
    }

    // IRR and payback have their own tabs; iterations without a value are counted, never hidden.
    await page.getByRole("tab", { name: "IRR" }).click();
    await expect(page.getByRole("img", { name: /^Distribution of IRR over/ })).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: "Iterations without an IRR" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Percentiles of IRR" }).getByRole("row", { name: /^P50 / }).getByRole("cell")).toHaveText(/^-?\d+\.\d %$/);
    await page.getByRole("tabpanel").screenshot({ path: `${SCREENS}/simulation-irr.png` });

    await page.getByRole("link", { name: "Open this run on its own page" }).click();
    await expect(page.getByRole("heading", { name: "Simulation run", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Rerun from the stored manifest" }).click();
    const verdict = page.getByRole("status").filter({ hasText: "P50 NPV: original" });
    await expect(verdict).toContainText("Identical results.", { timeout: 60_000 });
    const originalP50 = (await verdict.getByTestId("original-p50").textContent()) ?? "";
    await expect(verdict.getByTestId("rerun-p50")).toHaveText(originalP50);
    expect(originalP50).toMatch(/^-?USD\s[\d,]+$/);
    await page.screenshot({ path: `${SCREENS}/simulation-rerun.png`, fullPage: true });

    // The results leave as files: the workbook and each table as CSV (samples were not kept, so none are offered).
    const exports = page.getByRole("region", { name: "Export results" });
    await expect(exports.getByRole("link", { name: /^Excel workbook/ })).toBeVisible();
    await expect(exports.getByRole("link", { name: "Iteration samples (CSV)" })).toHaveCount(0);
    const statistics = await page.request.get((await exports.getByRole("link", { name: "Statistics (CSV)" }).getAttribute("href")) ?? "");
    expect(statistics.status()).toBe(200);
    expect(statistics.headers()["content-type"]).toContain("text/csv");
    expect((await statistics.text()).toLowerCase()).toContain("npv");
  });

  test("as an analyst, I compare the run with its rerun: overlaid distributions and both percentile tables", async ({ page }) => {
    test.skip(simulationsPath === "", "needs the run of the first test");
    await signInAs(page, "analyst@calminer.local", simulationsPath);
    const history = page.getByRole("table", { name: /Simulation runs of this scenario/ });
    const boxes = history.getByRole("checkbox", { name: /seed 42\)$/ });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole("link", { name: "Compare selected runs" }).click();
    await expect(page.getByRole("heading", { name: "Compare simulation runs", level: 1 })).toBeVisible();
    await expect(page.getByRole("figure", { name: "NPV distributions overlaid" })).toBeVisible();
    await expect(page.getByRole("figure", { name: "NPV S-curves overlaid" })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Percentiles of NPV, run A/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Percentiles of NPV, run B/ })).toBeVisible();
    const p50A = await page.getByRole("table", { name: /^Percentiles of NPV, run A/ }).getByRole("row", { name: /^P50 / }).getByRole("cell").textContent();
    await expect(page.getByRole("table", { name: /^Percentiles of NPV, run B/ }).getByRole("row", { name: /^P50 / }).getByRole("cell")).toHaveText(p50A ?? "");
    await page.screenshot({ path: `${SCREENS}/simulation-compare.png`, fullPage: true });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Simulations" }).click();
    await expect(page.getByRole("heading", { name: "Simulations", level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: /Simulation runs of the organisation/ }).getByRole("row", { name: new RegExp(DEMO_BASE.replace(/[()]/g, "\\$&")) }).first()).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/simulations-organisation.png`, fullPage: true });
  });

  test("as a viewer, I see the latest results but no Run button", async ({ page }) => {
    test.skip(simulationsPath === "", "needs the run of the first test");
    await signInAs(page, "viewer@calminer.local", simulationsPath);
    await expect(page.getByRole("heading", { name: "Latest results" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Distribution of NPV over/ })).toBeVisible();
    await expect(percentileRow(page, "P50").getByRole("cell")).toHaveText(MONEY_MILLIONS);
    await expect(page.getByRole("button", { name: "Run simulation" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Run a simulation" })).toHaveCount(0);
    await expect(page.getByText("running simulations needs the analyst role")).toBeVisible();
    await page.getByRole("link", { name: "Open this run on its own page" }).click();
    await expect(page.getByRole("heading", { name: "Simulation run", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Rerun from the stored manifest" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Export results" })).toHaveCount(0);
  });

  test("as an analyst, I follow a 1,000,000-iteration background run live, cancel it, and see its chosen seed", async ({ page }) => {
    test.skip(simulationsPath === "", "needs the run of the first test");
    test.setTimeout(90_000);
    await signInAs(page, "analyst@calminer.local", simulationsPath);
    const form = page.getByRole("form", { name: "Run a simulation" });
    await form.getByRole("button", { name: "100,000" }).click();
    await expect(form.getByLabel("Iterations")).toHaveValue("100000");
    await form.getByLabel("Iterations").fill("1000000");
    await form.getByRole("button", { name: "Run simulation" }).click();

    // Accepted (202): the run goes on in the background and its bar follows the server's progress events.
    const cancel = page.getByRole("button", { name: "Cancel run" });
    await expect(cancel).toBeVisible();
    const progress = page.getByRole("progressbar", { name: /^Simulation progress( \(queued\))?$/ });
    await expect(progress).toHaveAttribute("aria-valuetext", /^\d+ % — [\d,]+ of 1,000,000 iterations$/);
    await expect(page.getByText(/^\d+ % — [\d,]+ of 1,000,000 iterations$/)).toBeVisible();
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow")), { message: "progress moves while it runs" }).toBeGreaterThan(0);
    await progress.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/simulation-running.png` });
    await cancel.click();
    await expect(page.getByRole("status").filter({ hasText: "The run was cancelled at" })).toBeVisible({ timeout: 30_000 });
    // A blank seed is chosen by the server and shown, so the run can still be reproduced.
    await expect(page.getByLabel("Run details").first()).toContainText(/Seed\d+/);
    await expect(page.getByRole("table", { name: /Simulation runs of this scenario/ }).getByRole("row").filter({ hasText: "Cancelled" })).toHaveCount(1);
    // A cancelled run never hides the last good results.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Latest results" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Distribution of NPV over/ })).toBeVisible();
  });
});
