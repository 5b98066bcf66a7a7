import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { uniqueName } from "./project-factory";

// The distribution dialog reaches every distribution the engine takes: discrete outcomes typed as lines (a decimal
// comma is refused, never misread) and a family given by two percentiles, saved and shown back in words.

const DEMO_BASE = "Base case (feasibility study)";

async function openBranchParameters(page: Page, name: string): Promise<string> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("pm@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await page.getByRole("link", { name: DEMO_BASE, exact: true }).click();
  await expect(page.getByRole("heading", { name: DEMO_BASE, level: 1 })).toBeVisible();
  const baseId = /scenarios\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  const branched = await page.request.post(`/api/scenarios/${baseId}/branch`, { data: { name } });
  expect(branched.status()).toBe(201);
  const branchId = ((await branched.json()) as { scenario: { id: string } }).scenario.id;
  await page.goto(`${new URL(page.url()).pathname.replace(baseId, branchId)}?tab=parameters`);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return branchId;
}

async function saveParameters(page: Page): Promise<void> {
  const saved = page.waitForResponse((response) => response.request().method() === "PUT" && response.ok());
  await page.getByRole("button", { name: "Save parameters" }).click();
  await saved;
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);
}

test("as a project manager, I give a parameter discrete outcomes and another a PERT by percentiles, and both are saved", async ({ page }) => {
  const name = uniqueName("Distributions");
  const branchId = await openBranchParameters(page, name);
  try {
    await page.getByRole("button", { name: "Edit the distribution of Recovery" }).click();
    const dialog = page.getByRole("dialog", { name: "Distribution of Recovery" });
    await dialog.getByLabel("Distribution of Recovery").selectOption("discrete");
    const outcomes = dialog.getByLabel(/^Outcomes/);
    await outcomes.fill("86,5 0.5\n88 0.5");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByRole("alert")).toContainText('"86,5" has a comma: use a point for decimals');
    await outcomes.fill("86.5 25%\n88 0.5\n89.5 0.25");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole("button", { name: "Edit the distribution of Head grade factor" }).click();
    const second = page.getByRole("dialog", { name: "Distribution of Head grade factor" });
    await second.getByLabel("Distribution of Head grade factor").selectOption("percentiles");
    await second.getByLabel("Family").selectOption("pert");
    await second.getByLabel("Value at the low percentile (parameter unit)").fill("0.9");
    await second.getByLabel("Value at the high percentile (parameter unit)").fill("1.08");
    await second.getByLabel(/^Most likely/).fill("1");
    await page.screenshot({ path: "test-results/screens/distribution-percentiles.png" });
    await second.getByRole("button", { name: "Apply" }).click();
    await expect(second).toBeHidden();
    await saveParameters(page);

    await page.reload();
    await expect(page.getByText("Discrete: 3 outcomes, 86.5 to 89.5")).toBeVisible();
    await expect(page.getByText("PERT by percentiles: P10 0.9, P90 1.08, most likely 1")).toBeVisible();
    const rows = (await (await page.request.get(`/api/scenarios/${branchId}/parameters`)).json()) as { rows: { row: { name: string; distribution: unknown } }[] } | { parameters: unknown };
    expect(JSON.stringify(rows)).toContain('"outcomes":[{"value":86.5,"probability":0.25}');
  } finally {
    expect((await page.request.delete(`/api/scenarios/${branchId}`)).status()).toBe(204);
  }
});
