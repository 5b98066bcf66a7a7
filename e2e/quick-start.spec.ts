import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// Issue #15, quick start: a project manager makes a complete gold scenario from a few figures on a project of their
// own, lands in its editor, and finds it in troy ounces and grams per tonne with a computed cash flow.

/** Serious or critical axe violations (WCAG 2.1 A and AA), as e2e/axe.spec.ts counts them. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("as a project manager, I quick-start a gold scenario from a few figures and land in its editor in oz and g/t", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("pm@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  const factory = new ProjectFactory(page.request);
  try {
    const project = await factory.createProject(uniqueName("E2E quick start"), { primaryCommodity: "Gold" });
    await page.goto(`/projects/${project.id}`);
    await page.getByRole("link", { name: "Quick start from a few figures" }).click();
    await expect(page.getByRole("heading", { name: "Quick start", level: 1 })).toBeVisible();
    await expect(page.getByLabel(/^Commodity/)).toHaveValue("gold");
    await expect(page.getByLabel(/^Metal price \(USD per oz\)/)).toHaveValue("2300");

    // Nothing filled in: each figure says what it needs, beside it, and nothing is sent.
    await page.getByRole("button", { name: "Create and open the scenario" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "need attention" })).toHaveText("Some fields need attention; see the messages beside them.");
    const grade = page.getByLabel(/^Head grade \(g\/t\)/);
    await expect(grade).toHaveAttribute("aria-invalid", "true");
    await expect(grade).toHaveAccessibleDescription("Enter the head grade as a number");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/^Ore tonnage \(t per year\)/).fill("1500000");
    await grade.fill("1.8");
    await page.getByLabel(/^Recovery \(%\)/).fill("92");
    await page.getByLabel(/^Mine life \(years\)/).fill("8");
    await page.getByLabel(/^Initial capital cost \(USD\)/).fill("180000000");
    await page.getByLabel(/^Operating cost \(USD per tonne processed\)/).fill("32");
    // A rate a reviewer would question: accepted, and the editor says so (a warning, not an error).
    await page.getByLabel(/^Discount rate/).fill("25");
    await page.getByRole("button", { name: "Create and open the scenario" }).click();

    await expect(page.getByRole("heading", { name: "Base case", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/scenarios/[0-9a-f-]{36}$`));
    await expect(page.getByLabel(/^Price unit/)).toHaveValue("oz");
    await expect(page.getByLabel(/^Grade unit/)).toHaveValue("g_per_t");
    const review = page.getByRole("region", { name: "Values a reviewer would question" });
    await expect(review.getByRole("listitem")).toHaveText([/^Discount rate 25 % is far above the usual 3.15 %/]);
    await page.screenshot({ path: "test-results/screens/plausibility-notice.png" });
    await page.getByRole("tab", { name: "Production schedule" }).click();
    await expect(page.getByRole("textbox", { name: "Head grade (g/t), row 8", exact: true })).toHaveValue("1.8");

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Profitability" }).click();
    await expect(page.getByRole("heading", { name: "Profitability metrics" })).toBeVisible();
  } finally {
    await factory.cleanup();
  }
});
