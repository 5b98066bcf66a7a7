import { expect, test } from "@playwright/test";
import { deleteBranch, openBranchParameters } from "./branches";
import { uniqueName } from "./project-factory";

// Fitting to logged data as a reliability engineer does it: the demo fleet's maintenance downtime fitted by five
// families, ranked by Kolmogorov–Smirnov, a P–P plot of the chosen one, and that fit made a Monte Carlo variable in
// one click — stored with the fitted family, shown in the parameters table.

type Parameter = { name: string; target: string; application: string; distribution: { type: string } | null };

test("as a project manager, I fit distributions to maintenance downtime and use the gamma fit as a variable", async ({ page }) => {
  const branchId = await openBranchParameters(page, uniqueName("Fitting"));
  try {
    await page.getByRole("button", { name: "Fit from data" }).click();
    const dialog = page.getByRole("dialog", { name: "Fit a distribution to logged data" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Fit", exact: true }).click();
    const table = dialog.getByRole("table").first();
    for (const family of ["Normal", "Lognormal", "Gamma", "Triangular", "PERT"]) {
      await expect(table.getByRole("row").filter({ hasText: family }).first()).toBeVisible();
    }
    await dialog.getByRole("radio", { name: "Choose the Gamma fit" }).check();
    await expect(dialog.getByText(/P–P plot of the gamma fit/).first()).toBeVisible();
    await dialog.screenshot({ path: "test-results/screens/fit-from-data.png" });

    const variableName = uniqueName("Downtime");
    await dialog.getByRole("textbox", { name: /Parameter name/ }).fill(variableName);
    await dialog.getByRole("combobox", { name: /Target in the model/ }).selectOption("opex_category");
    const reference = dialog.getByRole("combobox", { name: /Target opex category/ });
    await expect(reference.locator("option").nth(1)).toBeAttached();
    await reference.selectOption({ index: 1 });
    await dialog.getByRole("button", { name: "Use as variable" }).click();
    await expect(dialog.getByText(`Variable “${variableName}” added to the parameters.`)).toBeVisible();

    const response = await page.request.get(`/api/scenarios/${branchId}/parameters`);
    expect(response.status()).toBe(200);
    const { data } = (await response.json()) as { data: Parameter[] };
    const created = data.find((item) => item.name === variableName);
    expect(created).toMatchObject({ target: "opex_category", application: "factor", distribution: { type: "gamma" } });
    await dialog.getByRole("button", { name: "Close" }).click();
    // The parameters table reloads with the scenario's new version and lists the variable (rows are in name order).
    const parameterNames = page.getByRole("textbox", { name: /^Parameter, row \d+$/ });
    await expect.poll(async () => parameterNames.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toContain(variableName);
  } finally {
    await deleteBranch(page, branchId);
  }
});
