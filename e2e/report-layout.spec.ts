import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { findLayoutProblems, PAPER_WIDTH_PX, pdfText, renderPages, type Paper } from "./report-layout";

// Every report, on A4 and on Letter (issue #15): in print emulation no two report blocks overlap and no table
// header word is split across lines; its PDF has a cover (project, date, author, conventions), the header words
// whole, and its pages rendered as PNGs in test-results/report-layout for a person to look at.
// Serial: the first story runs a small simulation so the distribution report has a run (and a manifest hash).

const OUT = "test-results/report-layout";
const AUTHOR = "Ana Lyst";
const BASE_CASE = "Base case (feasibility study)";

type Report = { name: string; path: string; pdf: string; isRun?: boolean };

async function signIn(page: Page): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto("/sign-in?callbackUrl=%2Freports");
  await signInPage.signIn("analyst@calminer.local", DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === "/reports");
}

/** The four reports of the demo project, read off the reports index and the distribution report's toolbar. */
async function listReports(page: Page): Promise<Report[]> {
  await page.goto("/reports");
  const project = page.getByRole("region", { name: DEMO_PROJECT_NAME });
  const hrefOf = async (name: string | RegExp) => (await project.getByRole("link", { name }).first().getAttribute("href")) ?? "";
  const pdfOf = async (path: string) => {
    await page.goto(path);
    return (await page.getByRole("link", { name: "Download PDF (A4)" }).getAttribute("href"))?.replace(/[?&]paper=a4$/, "") ?? "";
  };
  const summary = await hrefOf("Project summary");
  const comparison = await hrefOf("Scenario comparison");
  const distribution = await hrefOf(`Risk distribution: ${BASE_CASE}`);
  const economics = `${distribution.split("?")[0]}/economics`;
  const reports: Report[] = [];
  for (const [name, path, isRun] of [["summary", summary, true], ["comparison", comparison], ["distribution", distribution, true], ["economics", economics]] as const) {
    reports.push({ name, path, pdf: await pdfOf(path), isRun });
  }
  return reports;
}

async function runSmallSimulation(page: Page): Promise<void> {
  await page.goto("/projects");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await page.getByRole("link", { name: BASE_CASE }).first().click();
  await expect(page.getByRole("heading", { name: BASE_CASE, level: 1 })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/simulations`);
  const form = page.getByRole("form", { name: "Run a simulation" });
  await form.getByLabel("Iterations").fill("1000");
  await form.getByLabel("Seed").fill("15");
  await form.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByRole("progressbar", { name: "Simulation progress" })).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
}

async function checkPrintLayout(page: Page, report: Report, paper: Paper): Promise<string[]> {
  await page.setViewportSize({ width: PAPER_WIDTH_PX[paper], height: 1100 });
  await page.goto(`${report.path}${report.path.includes("?") ? "&" : "?"}paper=${paper}`);
  await page.locator("body[data-report-ready]").waitFor();
  await page.emulateMedia({ media: "print" });
  // Chart.js redraws a chart on the frames after its box resizes (as the PDF renderer waits, lib/reports/pdf.ts).
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))));
  const findings = await findLayoutProblems(page);
  await page.emulateMedia({ media: "screen" });
  expect(findings.overlaps, `${report.name} ${paper}: overlapping blocks`).toEqual([]);
  expect(findings.brokenHeaderWords, `${report.name} ${paper}: header words split across lines`).toEqual([]);
  expect(findings.underfilledCharts, `${report.name} ${paper}: charts that leave their box half empty`).toEqual([]);
  return findings.headerWords;
}

async function checkPdf(page: Page, report: Report, paper: Paper, headerWords: string[]): Promise<void> {
  const response = await page.request.get(`${report.pdf}&paper=${paper}`, { timeout: 60_000 });
  expect(response.status(), `${report.name} ${paper} PDF`).toBe(200);
  const path = `${OUT}/${report.name}-${paper}.pdf`;
  writeFileSync(path, await response.body());
  const text = pdfText(path);
  const cover = text.split("\f")[0] ?? "";
  for (const field of ["Project", DEMO_PROJECT_NAME, "Report date", "Author", AUTHOR, "Currency", "USD"]) expect(cover, `${report.name} ${paper} cover`).toContain(field);
  if (report.isRun) expect(cover, `${report.name} ${paper} cover`).toMatch(/Manifest hash[\s\S]*[0-9a-f]{16}/);
  // Words only: poppler keeps a header's words apart, a word split in the PDF would be missing here. Column
  // headings print in capitals (text-transform), so case is ignored.
  const lowerText = text.toLowerCase();
  const missing = headerWords.filter((word) => word.length > 2 && !lowerText.includes(word.toLowerCase()));
  expect(missing, `${report.name} ${paper}: header words not whole in the PDF`).toEqual([]);
  expect(renderPages(path, `${OUT}/${report.name}-${paper}`)).toBeGreaterThanOrEqual(2);
}

test.describe.serial("report layout on paper", () => {
  let reports: Report[] = [];

  test("as an analyst, I run a small simulation so the reports have a run", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page);
    await runSmallSimulation(page);
    reports = await listReports(page);
    expect(reports.map((report) => report.pdf.length > 0)).toEqual([true, true, true, true]);
  });

  for (const paper of ["a4", "letter"] as const) {
    test(`every report prints on ${paper === "a4" ? "A4" : "Letter"} with a cover, no overlapping blocks and whole header words`, async ({ page }) => {
      test.setTimeout(300_000);
      mkdirSync(OUT, { recursive: true });
      await signIn(page);
      for (const report of reports) {
        const headerWords = await checkPrintLayout(page, report, paper);
        await checkPdf(page, report, paper, headerWords);
      }
    });
  }
});
