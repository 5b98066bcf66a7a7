import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

const DEMO_BASE_SCENARIO = "Base case (feasibility study)";

// Not a pixel comparison: keeps screenshots of the main screens for review in test-results/screens/.
test("as an admin, I see a complete dashboard, projects table and user menu (screenshots for review)", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.screenshot({ path: "test-results/screens/sign-in.png" });
  await signIn.signIn("admin@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/dashboard.png", fullPage: true });
  await page.getByRole("banner").getByText("Ada Admin", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/user-menu.png" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/projects.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/projects-narrow.png", fullPage: true });
});

// Every page's styles come from its components' CSS modules: these are the pages with the most of them.
test("as an admin, I see the project, its dashboard, the scenario editor and profitability (screenshots for review)", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("admin@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/project.png", fullPage: true });
  const projectUrl = page.url();
  await page.goto(`${projectUrl}/dashboard`);
  await expect(page.locator("canvas").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/project-dashboard.png", fullPage: true });
  await page.goto(projectUrl);
  await page.getByRole("link", { name: DEMO_BASE_SCENARIO, exact: true }).click();
  await expect(page.getByRole("heading", { name: DEMO_BASE_SCENARIO, level: 1 })).toBeVisible();
  await page.getByRole("tab", { name: /capex/i }).first().click();
  await page.screenshot({ path: "test-results/screens/scenario-editor.png", fullPage: true });
  await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Profitability" }).click();
  await expect(page.getByTestId("metric-card").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/profitability.png", fullPage: true });
});
