import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { invitePerson, signedIn } from "./people";
import { ProjectFactory, uniqueName } from "./project-factory";

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

test("as a viewer, I open the project summary report, print it and download its PDF", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "viewer@calminer.local");
  await page.goto("/reports");
  await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();
  await page.getByRole("region", { name: DEMO_PROJECT_NAME }).getByRole("link", { name: "Project summary" }).click();
  await expect(page.getByRole("heading", { name: `${DEMO_PROJECT_NAME}: project summary`, level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: /Best, worst and average/ }).getByRole("row", { name: /^NPV \(USD M\) Higher/ })).toContainText("Higher is better");
  await expect(page.getByRole("table", { name: /Best, worst and average/ }).getByRole("row", { name: /^Payback \(years\) Lower/ })).toContainText("Lower is better");
  await page.screenshot({ path: "test-results/screens/report-summary.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("toolbar", { name: "Report actions" })).toBeHidden();
  await page.screenshot({ path: "test-results/screens/report-summary-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download PDF (A4)" }).click()]);
  const path = await download.path();
  const { readFileSync, copyFileSync, mkdirSync } = await import("node:fs");
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
  // Every page carries the running header (the report's title) and its number (Debian's poppler-utils reads it).
  const { execFileSync } = await import("node:child_process");
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const pageCount = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
  expect(pageCount).toBeGreaterThanOrEqual(1);
  expect(text.match(/Page \d+ of \d+/g)).toHaveLength(pageCount);
  expect(text.split(`${DEMO_PROJECT_NAME}: project summary`).length - 1).toBeGreaterThanOrEqual(pageCount);
  mkdirSync("test-results/screens", { recursive: true });
  copyFileSync(path, "test-results/screens/report-summary.pdf");
});

test("as an analyst, I open the comparison and distribution reports and get a Letter PDF of the distribution", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "analyst@calminer.local");
  await page.goto("/reports");
  const project = page.getByRole("region", { name: DEMO_PROJECT_NAME });
  await project.getByRole("link", { name: "Scenario comparison" }).click();
  await expect(page.getByRole("table", { name: /best value of each row/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/report-comparison.png", fullPage: true });
  await page.goto("/reports");
  await page.getByRole("region", { name: DEMO_PROJECT_NAME }).getByRole("link", { name: /^Risk distribution/ }).first().click();
  await expect(page.getByRole("table", { name: /Cash flow by period/ })).toBeVisible();
  // Each distribution reads in words ("PERT: Minimum 0.85, …"), not as the stored spec ("pert (min 0.85, …)").
  const distributions = await page.getByRole("table", { name: "Stochastic parameters" }).locator("tbody td:nth-child(4)").allInnerTexts();
  expect(distributions.length).toBeGreaterThan(0);
  for (const text of distributions) expect(text).toMatch(/^[A-Z].*: /);
  await page.screenshot({ path: "test-results/screens/report-distribution.png", fullPage: true });
  const pdfLink = page.getByRole("link", { name: "Download PDF (Letter)" });
  const href = (await pdfLink.getAttribute("href")) ?? "";
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("as an analyst, I open the copper–gold economics report and read gold's revenue year by year, on screen and as a PDF", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "analyst@calminer.local");
  await page.goto("/projects");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await page.getByRole("link", { name: "Copper–gold (gold by-product)", exact: true }).click();
  await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Economics" }).click();
  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { name: /Copper–gold \(gold by-product\): economics/, level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: /Revenue by product/ }).getByRole("row", { name: /^Gold \(by-product\): gross/ })).toBeVisible();
  const annual = page.getByRole("table", { name: /Gross revenue by product/ });
  await expect(annual.getByRole("columnheader", { name: "Gold (by-product)" })).toBeVisible();
  // A year before production earns nothing from gold; the first production year does.
  const years = await annual.locator("tbody tr").allInnerTexts();
  expect(years.some((row) => /^2029\s+[\d,.]+\s+[1-9]/.test(row))).toBe(true);
  await page.screenshot({ path: "test-results/screens/report-economics-copper-gold.png", fullPage: true });
  const href = (await page.getByRole("link", { name: "Download PDF (A4)" }).getAttribute("href")) ?? "";
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("another organisation's reports and records answer a real 404 that names nothing of theirs", async ({ browser }) => {
  test.slow();
  // The owner: a new member of the demo organisation who creates an organisation of their own (its admin) and a
  // project with a scenario in it. Everything they create lives in that organisation.
  const person = await invitePerson(browser, "analyst", "Otto Owner");
  const owner = await signedIn(browser, person.email, person.password);
  const created = await owner.page.request.post("/api/organisations", { data: { name: uniqueName("Elsewhere Gold") } });
  expect(created.status(), await created.text()).toBe(201);
  const { data: organisation } = (await created.json()) as { data: { id: string } };
  await owner.context.addCookies([{ name: "calminer-organisation", value: organisation.id, url: new URL(owner.page.url()).origin }]);
  const factory = new ProjectFactory(owner.page.request);
  const projectName = uniqueName("Secret Ridge");
  const project = await factory.createProject(projectName);
  const scenario = await factory.createRootScenario(project.id, "Hidden base case");
  const missing = "00000000-0000-4000-8000-000000000000";
  const summaryReport = `/reports/projects/${project.id}`;
  const distributionReport = `/reports/scenarios/${scenario.id}`;
  const paths = [
    summaryReport,
    `/reports/projects/${project.id}/comparison`,
    distributionReport,
    `/reports/scenarios/${scenario.id}/economics`,
    `/projects/${project.id}`,
    `/projects/${project.id}/dashboard`,
    `/projects/${project.id}/scenarios/${scenario.id}`,
    // Pages with a loading boundary of their own below the project layout.
    `/projects/${project.id}/edit`,
    `/projects/${project.id}/scenarios/new`,
    `/projects/${project.id}/scenarios/quick-start`,
  ];
  try {
    // Its owner reads the report: the URLs are right, and what follows is about who asks.
    const own = await owner.page.request.get(summaryReport);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(projectName);

    // A viewer of the demo organisation gets a 404 status (not a 200 carrying the not-found page, which a page
    // streamed behind a loading boundary would answer), and nothing of the other organisation's project.
    const { context, page } = await signedIn(browser, "viewer@calminer.local", DEMO_PASSWORD);
    for (const path of [...paths, `/reports/scenarios/${missing}`, `/reports/projects/${missing}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      expect(body, path).not.toContain(projectName);
      expect(body, path).not.toContain("Hidden base case");
    }
    await page.goto(distributionReport);
    await expect(page.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();
    await context.close();
  } finally {
    await factory.cleanup();
    await owner.context.close();
  }
});
