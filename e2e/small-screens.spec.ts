import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

// Issue #15, small screens: on a 390 px phone and a 1,280 px laptop no main page is wider than its window (a wide
// table scrolls inside its own box), and on the phone axe finds no serious or critical violation either. An
// offending page is named with the elements that stick out, so a regression names itself.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function mainPages(page: Page): Promise<string[]> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("analyst@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.goto("/projects");
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  const project = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Base case (feasibility study)", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Base case (feasibility study)", level: 1 })).toBeVisible();
  const scenario = new URL(page.url()).pathname;
  const [projectId, scenarioId] = [project.split("/").pop() ?? "", scenario.split("/").pop() ?? ""];
  const tabs = ["general", "parameters", "production", "products", "capex", "opex", "consumption", "equipment"];
  return [
    "/dashboard", "/projects", project, ...tabs.map((tab) => `${scenario}?tab=${tab}`),
    `${scenario}/economics`, `${scenario}/simulations`, `${scenario}/import`, `${project}/deck-matrix`, `${project}/dashboard`,
    "/price-decks", "/simulations", "/operations", "/reports", `/reports/projects/${projectId}`,
    `/reports/scenarios/${scenarioId}`, `/reports/scenarios/${scenarioId}/economics`, "/api-reference", "/account",
  ];
}

/** The elements that end right of the window while their parent does not: where a page's extra width starts. */
async function overflowOf(page: Page, viewportWidth: number): Promise<string | undefined> {
  return page.evaluate((width) => {
    if (document.documentElement.scrollWidth <= width) return undefined;
    const culprits = Array.from(document.querySelectorAll("body *")).filter((element) => {
      const right = element.getBoundingClientRect().right;
      const parentRight = element.parentElement?.getBoundingClientRect().right ?? 0;
      return right > width + 1 && parentRight <= width + 1;
    });
    const names = culprits.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`);
    return `${document.documentElement.scrollWidth} px wide: ${names.join(", ")}`;
  }, viewportWidth);
}

test("no main page is wider than a 390 px phone or a 1,280 px laptop, and the phone layout passes axe", async ({ page }) => {
  test.setTimeout(480_000);
  const paths = await mainPages(page);
  const problems: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      const overflow = await overflowOf(page, width);
      if (overflow) problems.push(`${width} px ${path}: ${overflow}`);
      if (width !== 390) continue;
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`${width} px ${path}: axe ${violation.id} at ${violation.nodes.slice(0, 2).map((node) => node.target.join(" ")).join("; ")}`);
      }
    }
  }
  expect(problems, problems.join("\n")).toEqual([]);
});
