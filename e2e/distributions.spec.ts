import { expect, test, type Page } from "@playwright/test";
import { deleteBranch, openBranchParameters } from "./branches";
import { uniqueName } from "./project-factory";

// The distribution dialog reaches every distribution the engine takes: discrete outcomes typed as lines (a decimal
// comma is refused, never misread) and a family given by two percentiles, saved and shown back in words.

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
    await deleteBranch(page, branchId);
  }
});
