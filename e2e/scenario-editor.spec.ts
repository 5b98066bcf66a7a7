import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// The scenario editor on the demo project: tables saved with the bulk PUT, errors beside their cells, inheritance in
// the child scenario, the profitability view, and read-only pages for viewers. Every test puts back what it changed.

const DEMO_BASE = "Base case (feasibility study)";
const DEMO_CHILD = "Higher price, faster ramp-up";

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

async function openScenario(page: Page, scenarioName: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  // Wait for the list: the dashboard being left has links named after the project too.
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: scenarioName, exact: true }).click();
  await expect(page.getByRole("heading", { name: scenarioName, level: 1 })).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
}

function npvValue(page: Page): Locator {
  return page.getByTestId("metric-card").filter({ has: page.getByRole("term").filter({ hasText: /^NPV at/ }) }).getByTestId("metric-value");
}

async function saveTable(page: Page, buttonName: string): Promise<void> {
  const saved = page.waitForResponse((response) => response.request().method() === "PUT" && response.ok());
  const save = page.getByRole("button", { name: buttonName });
  await save.click();
  await saved;
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);
  // Keyboard users keep their place: focus stays on Save, now unavailable until the next edit.
  await expect(save).toBeFocused();
  await expect(save).toBeDisabled();
}

test.describe("scenario editor", () => {
  test("as a project manager, I change a capex amount in the base case, save it and see the NPV change", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_BASE);
    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Profitability" }).click();
    await expect(npvValue(page)).toHaveText(/USD/);
    const npvBefore = await npvValue(page).textContent();
    await page.screenshot({ path: "test-results/screens/profitability.png", fullPage: true });

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Inputs" }).click();
    await openTab(page, "Capex");
    await expect(page).toHaveURL(/\?tab=capex$/);
    const amount = page.getByRole("textbox", { name: "Amount (USD), row 1", exact: true });
    await amount.focus();
    const original = await amount.inputValue();
    await amount.fill(String(Number(original) + 100_000_000));
    await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/capex-unsaved.png", fullPage: true });
    await saveTable(page, "Save capex items");

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Profitability" }).click();
    await expect(npvValue(page)).toHaveText(/USD/);
    await expect(npvValue(page)).not.toHaveText(npvBefore ?? "");

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Inputs" }).click();
    await openTab(page, "Capex");
    await page.getByRole("textbox", { name: "Amount (USD), row 1", exact: true }).fill(original);
    await saveTable(page, "Save capex items");
  });

  test("as a project manager, I enter a negative tonnage and see the error beside the cell, with nothing saved", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_BASE);
    await openTab(page, "Production schedule");
    const scenarioId = /scenarios\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    const cell = page.getByRole("textbox", { name: "Ore processed (t), row 3", exact: true });
    await cell.fill("-5000");
    await page.getByRole("button", { name: "Save production schedule" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "Nothing was saved" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Row 3, Ore processed (t): Must not be negative");
    await expect(cell).toHaveAttribute("aria-invalid", "true");
    await expect(cell).toHaveAccessibleDescription("Must not be negative");
    await page.screenshot({ path: "test-results/screens/production-error.png", fullPage: true });

    const stored = await page.request.get(`/api/scenarios/${scenarioId}/production`);
    const rows = ((await stored.json()) as { data: { period: number; oreProcessedT: number }[] }).data;
    expect(rows.find((row) => row.period === 2)?.oreProcessedT).toBe(8_000_000);
    await page.getByRole("button", { name: "Discard changes" }).click();
    await expect(cell).toHaveValue("8,000,000");
  });

  test("as a project manager, I move through the production grid with the keyboard and paste rows from a spreadsheet", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_BASE);
    await openTab(page, "General & economics");
    await page.getByRole("tab", { name: "General & economics" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Production schedule" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?tab=production$/);

    await page.getByRole("textbox", { name: "Waste mined (t), row 1", exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("textbox", { name: "Waste mined (t), row 2", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    const wasteRow3 = page.getByRole("textbox", { name: "Waste mined (t), row 3", exact: true });
    await expect(wasteRow3).toBeFocused();
    // Esc undoes the cell's edit; the grid is one Tab stop: Tab leaves it, Shift+Tab comes back to the same cell.
    const wasteBefore = await wasteRow3.inputValue();
    await page.keyboard.type("999");
    await expect(wasteRow3).toHaveValue("999");
    await page.keyboard.press("Escape");
    await expect(wasteRow3).toHaveValue(wasteBefore);
    await expect(page.getByText("Unsaved changes")).toHaveCount(0);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Add row" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(wasteRow3).toBeFocused();

    const last = page.getByRole("textbox", { name: "Period (year index), row 17", exact: true });
    await last.evaluate((input) => {
      const data = new DataTransfer();
      data.setData("text/plain", "16\t1\t2\t3\t0.4\t88\n17\t4\t5\t6\t0.3\t87\n18\t7\t8\t9\t0.2\t86\n");
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByRole("textbox", { name: "Period (year index), row 19", exact: true })).toHaveValue("18");
    await expect(page.getByRole("textbox", { name: "Recovery (%), row 18", exact: true })).toHaveValue("87");
    await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" })).toBeVisible();

    // Leaving with unsaved changes asks first; declining keeps me on the table with my rows.
    const question = page.waitForEvent("dialog");
    const profitability = page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Profitability" });
    void profitability.click();
    const dialog = await question;
    expect(dialog.message()).toContain("unsaved changes");
    await dialog.dismiss();
    await expect(page).toHaveURL(/\?tab=production$/);
    await expect(page.getByRole("textbox", { name: "Period (year index), row 19", exact: true })).toHaveValue("18");

    const discard = page.getByRole("button", { name: "Discard changes" });
    await discard.click();
    await expect(page.getByRole("textbox", { name: "Period (year index), row 18", exact: true })).toHaveCount(0);
    // Focus stays on the button (now unavailable), not dropped to the page body.
    await expect(discard).toBeFocused();
    await expect(discard).toBeDisabled();
  });

  test("in the child scenario, I see inherited rows marked, override one and revert it to the parent", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_CHILD);
    await openTab(page, "Capex");
    const grid = page.getByRole("table", { name: "Capex items" });
    const firstRow = grid.getByRole("row").filter({ has: page.getByRole("textbox", { name: "Amount (USD), row 1", exact: true }) });
    await expect(firstRow).toContainText(`inherited from ${DEMO_BASE}`);
    await expect(grid.getByText(`inherited from ${DEMO_BASE}`).first()).toBeVisible();

    await page.getByRole("textbox", { name: "Contingency (%), row 1", exact: true }).fill("25");
    await expect(firstRow).toContainText("overridden (unsaved)");
    await saveTable(page, "Save capex items");
    await expect(page.getByRole("button", { name: /^Revert row \d+ to parent$/ })).toHaveCount(1);
    await expect(grid.getByText("overridden", { exact: true })).toHaveCount(1);
    await page.screenshot({ path: "test-results/screens/child-capex-overridden.png", fullPage: true });

    const reverted = page.waitForResponse((response) => response.request().method() === "DELETE" && response.status() === 204);
    await page.getByRole("button", { name: /^Revert row \d+ to parent$/ }).click();
    await reverted;
    await expect(page.getByRole("button", { name: /^Revert row \d+ to parent$/ })).toHaveCount(0);
    await expect(grid.getByText("overridden", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Contingency (%), row 1", exact: true })).not.toHaveValue("25");
  });

  test("in the child scenario, I override an inherited setting and revert it to the parent's value", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_CHILD);
    const discountRate = page.getByLabel("Discount rate (%/year)");
    // The field's hint (the input's accessible description) says where its value comes from.
    const inheritedFromBase = new RegExp(`inherited from ${DEMO_BASE.replace(/[()]/g, "\\$&")}`);
    await expect(discountRate).toHaveAccessibleDescription(inheritedFromBase);
    const parentValue = await discountRate.inputValue();

    await discountRate.fill("10");
    await expect(discountRate).toHaveAccessibleDescription(/overridden \(unsaved\)/);
    const saved = page.waitForResponse((response) => response.request().method() === "PATCH" && response.ok());
    await page.getByRole("button", { name: "Save settings" }).click();
    await saved;
    await expect(page.getByRole("button", { name: "Revert Discount rate to parent" })).toBeVisible();
    await expect(discountRate).not.toHaveAccessibleDescription(/inherited from/);

    const reverted = page.waitForResponse((response) => response.request().method() === "PATCH" && response.ok());
    await page.getByRole("button", { name: "Revert Discount rate to parent" }).click();
    await reverted;
    await expect(discountRate).toHaveAccessibleDescription(inheritedFromBase);
    await expect(discountRate).toHaveValue(parentValue);
  });

  test("as a project manager, in a new scenario without inputs I am told what to add first, and I add a capex item", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    const factory = new ProjectFactory(page.request);
    try {
      const project = await factory.createProject(uniqueName("Empty scenario"));
      const scenario = await factory.createRootScenario(project.id, "Blank case");
      const base = `/projects/${project.id}/scenarios/${scenario.id}`;

      await page.goto(`${base}/capex-planner`);
      await expect(page.getByRole("heading", { name: "No capex items yet" })).toBeVisible();
      await page.goto(`${base}/profitability`);
      await expect(page.getByRole("heading", { name: "The model cannot be computed yet" })).toBeVisible();
      await page.screenshot({ path: "test-results/screens/profitability-not-computable.png", fullPage: true });

      await page.goto(`${base}?tab=capex`);
      await expect(page.getByText("No capex items yet — add the first one.")).toBeVisible();
      await page.getByRole("button", { name: "Add row" }).click();
      await expect(page.getByRole("textbox", { name: "Item, row 1", exact: true })).toBeFocused();
      await page.keyboard.type("Processing plant");
      await page.getByRole("textbox", { name: "Amount (USD), row 1", exact: true }).fill("250000000");
      await page.getByRole("combobox", { name: "Category, row 1", exact: true }).selectOption("infrastructure");
      await saveTable(page, "Save capex items");
      await expect(page.getByRole("textbox", { name: "Item, row 1", exact: true })).toHaveValue("Processing plant");

      await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Capex planner" }).click();
      await expect(page.getByText("USD 250.0 M").first()).toBeVisible();
    } finally {
      await factory.cleanup();
    }
  });

  test("as a project manager, I log maintenance of a fleet line and see it at the top of its log", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_BASE);
    await openTab(page, "Equipment & maintenance");
    await page.getByLabel("Equipment", { exact: true }).selectOption({ label: "Motor grader" });
    await page.getByRole("button", { name: "Show log" }).click();
    await expect(page.getByRole("heading", { name: "Log maintenance of Motor grader" })).toBeVisible();

    const notes = `E2E blade change ${Date.now().toString(36)}`;
    const form = page.getByRole("form", { name: "Log maintenance of Motor grader" });
    await form.getByLabel("Date").fill("2026-11-20");
    await form.getByLabel("Type").selectOption("corrective");
    await form.getByLabel("Downtime (h)").fill("6.5");
    await form.getByLabel("Cost (USD)").fill("4200");
    await form.getByLabel("Notes").fill(notes);
    const created = page.waitForResponse((response) => response.request().method() === "POST" && response.status() === 201);
    await form.getByRole("button", { name: "Log maintenance" }).click();
    const { data } = (await (await created).json()) as { data: { id: string } };
    try {
      const log = page.getByRole("table", { name: /Maintenance of Motor grader/ });
      await expect(log.getByRole("row").nth(1)).toContainText(notes);
      await expect(log.getByRole("row").nth(1)).toContainText("USD 4,200");
    } finally {
      expect((await page.request.delete(`/api/maintenance/${data.id}`)).status()).toBe(204);
    }
  });

  test("as a project manager, I change a parameter's distribution and correlate two parameters", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openScenario(page, DEMO_BASE);
    await openTab(page, "Parameters & distributions");
    const grid = page.getByRole("table", { name: "Parameters", exact: true });
    const row = grid.getByRole("row").filter({ hasText: "Normal: Mean 1, Standard deviation 0.07" });
    await expect(row).toHaveCount(1);

    await row.getByRole("button", { name: /^Edit the distribution of/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(/^Distribution of/).selectOption("triangular");
    await dialog.getByLabel("Minimum (parameter unit)").fill("0.9");
    await dialog.getByLabel("Most likely (parameter unit)").fill("1");
    await dialog.getByLabel("Maximum (parameter unit)").fill("1.08");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(grid).toContainText("Triangular: Minimum 0.9, Most likely 1, Maximum 1.08");
    await saveTable(page, "Save parameters");
    await expect(grid).toContainText("Triangular: Minimum 0.9, Most likely 1, Maximum 1.08");

    const coefficient = page.getByRole("textbox", { name: "Correlation of Copper price with Recovery" });
    await coefficient.fill("0.3");
    const savedPairs = page.waitForResponse((response) => response.url().endsWith("/correlations") && response.request().method() === "PUT" && response.ok());
    await page.getByRole("button", { name: "Save correlations" }).click();
    await savedPairs;
    await expect(page.getByRole("status").filter({ hasText: "Correlations saved" })).toHaveCount(1);
    await expect(coefficient).toHaveValue("0.3");

    // Put the demo back as it was.
    await coefficient.fill("");
    await page.getByRole("button", { name: "Save correlations" }).click();
    await expect(page.getByRole("button", { name: "Save correlations" })).toBeDisabled();
    await grid.getByRole("row").filter({ hasText: "Triangular: Minimum 0.9" }).getByRole("button", { name: /^Edit the distribution of/ }).click();
    await dialog.getByLabel(/^Distribution of/).selectOption("normal");
    await dialog.getByLabel("Mean (parameter unit)").fill("1");
    await dialog.getByLabel("Standard deviation (parameter unit)").fill("0.07");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await saveTable(page, "Save parameters");
    await expect(grid).toContainText("Normal: Mean 1, Standard deviation 0.07");
  });

  test("as a viewer, I see the scenario's inputs and results but no edit controls", async ({ page }) => {
    await signInAs(page, "viewer@calminer.local");
    await openScenario(page, DEMO_BASE);
    await expect(page.getByText("Read only").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
    await expect(page.getByLabel("Discount rate (%/year)")).toHaveAttribute("readonly", "");

    await openTab(page, "Capex");
    await expect(page.getByRole("table", { name: "Capex items" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Capex items" }).getByRole("textbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Save|Add row|Delete|Discard)/ })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/viewer-capex.png", fullPage: true });

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Capex planner" }).click();
    await expect(page.getByText(/Capex by category/).first()).toBeVisible();
    await expect(page.getByRole("img", { name: /Capital spend timeline/ })).toBeVisible();
  });
});
