import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

// Issue #15, accessibility measured: axe-core (WCAG 2.1 A and AA rules) on the pages a team uses, as the analyst
// who sees most of them. A serious or critical violation on any page fails the test and is listed by page, rule
// and element, so a regression names itself. Pages are found by following links from the demo project, never by
// ids written here.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Finding = { page: string; rule: string; impact: string; targets: string[] };

async function scan(page: Page, label: string, findings: Finding[]): Promise<void> {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const violation of violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    findings.push({ page: label, rule: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")) });
  }
}

async function signIn(page: Page, email: string): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

/** The demo base case's editor path and the demo project's path, by following the links a user would. */
async function demoPaths(page: Page): Promise<{ project: string; scenario: string }> {
  await page.goto("/projects");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  const project = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Base case (feasibility study)", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Base case (feasibility study)", level: 1 })).toBeVisible();
  return { project, scenario: new URL(page.url()).pathname };
}

test("as an analyst, every main page has no serious or critical axe violation", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "analyst@calminer.local");
  const { project, scenario } = await demoPaths(page);
  const scenarioId = scenario.split("/").pop() ?? "";
  const tabs = ["general", "parameters", "production", "products", "capex", "opex", "consumption", "equipment"];
  const paths: [string, string][] = [
    ["Dashboard", "/dashboard"],
    ["Projects", "/projects"],
    ["Project", project],
    ...tabs.map((tab): [string, string] => [`Scenario: ${tab}`, `${scenario}?tab=${tab}`]),
    ["Economics", `${scenario}/economics`],
    ["Scenario simulations", `${scenario}/simulations`],
    ["Import", `${scenario}/import`],
    ["Deck matrix", `${project}/deck-matrix`],
    ["Price decks", "/price-decks"],
    ["Simulations", "/simulations"],
    ["Operations", "/operations"],
    ["Reports", "/reports"],
    ["Economics report", `/reports/scenarios/${scenarioId}/economics`],
    ["API reference", "/api-reference"],
  ];
  const findings: Finding[] = [];
  for (const [label, path] of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${label} (${path})`).toBe(200);
    await scan(page, label, findings);
  }
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
});
