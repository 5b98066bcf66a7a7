import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// Issue #14: a project manager corrects a consumption actual logged with the wrong quantity and deletes a duplicate,
// from the actuals table, with the keyboard-reachable row buttons named after the item and the period. Works on a
// project of its own, deleted at the end.

type Actual = { id: string; periodStart: string; quantity: number };

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

/** A root scenario with one consumption item ("Lime", kg) and two monthly actuals of it. */
async function scenarioWithActuals(page: Page, factory: ProjectFactory) {
  const project = await factory.createProject(uniqueName("Actuals"));
  const scenario = await factory.createRootScenario(project.id, "Base");
  const item = await page.request.post(`/api/scenarios/${scenario.id}/consumption`, {
    data: { resourceType: "reagent", name: "Lime", unit: "kg", ratePerTonneProcessed: 0.9, unitPrice: 0.16, startPeriod: 1 },
  });
  expect(item.status(), await item.text()).toBe(201);
  const itemId = ((await item.json()) as { data: { lineageId: string } }).data.lineageId;
  for (const periodStart of ["2026-03-01", "2026-04-01"]) {
    const actual = await page.request.post(`/api/scenarios/${scenario.id}/consumption/${itemId}/actuals`, {
      data: { periodStart, quantity: 820_000, unitCost: 0.16, currency: "USD" },
    });
    expect(actual.status(), await actual.text()).toBe(201);
  }
  return { projectId: project.id, scenarioId: scenario.id, itemId };
}

test("as a project manager, I edit a consumption actual in its row and delete another after confirming", async ({ page }) => {
  await signInAs(page, "pm@calminer.local");
  const factory = new ProjectFactory(page.request);
  try {
    const { projectId, scenarioId, itemId } = await scenarioWithActuals(page, factory);
    await page.goto(`/projects/${projectId}/scenarios/${scenarioId}?tab=consumption`);
    const table = page.getByRole("table", { name: /Consumption of Lime/ });
    await expect(table.getByRole("row")).toHaveCount(3);

    const edit = page.getByRole("button", { name: "Edit consumption of Lime, period starting 1 Mar 2026" });
    await edit.focus();
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Edit consumption of Lime, period starting 1 Mar 2026" });
    const quantity = form.getByRole("textbox", { name: /Quantity \(kg\)/ });
    await expect(form.getByLabel(/Period start/)).toBeFocused();
    await quantity.fill("-5");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(quantity).toHaveAttribute("aria-invalid", "true");
    await quantity.fill("910000");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form).toHaveCount(0);
    await expect(table.getByRole("row").filter({ hasText: "910,000" })).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Edit consumption of Lime, period starting 1 Mar 2026" })).toBeFocused();

    await page.getByRole("button", { name: "Delete consumption of Lime, period starting 1 Apr 2026" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete the consumption of Lime, period starting 1 Apr 2026?" });
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Delete actual" }).click();
    await expect(dialog).toBeHidden();
    await expect(table.getByRole("row")).toHaveCount(2);

    const response = await page.request.get(`/api/scenarios/${scenarioId}/consumption/${itemId}/actuals`);
    const { data } = (await response.json()) as { data: Actual[] };
    expect(data.map(({ periodStart, quantity: value }) => [periodStart, value])).toEqual([["2026-03-01", 910_000]]);
  } finally {
    await factory.cleanup();
  }
});

test("as an analyst, I read the actuals without edit or delete buttons", async ({ page }) => {
  await signInAs(page, "pm@calminer.local");
  const factory = new ProjectFactory(page.request);
  try {
    const { projectId, scenarioId } = await scenarioWithActuals(page, factory);
    await page.context().clearCookies();
    await signInAs(page, "analyst@calminer.local");
    await page.goto(`/projects/${projectId}/scenarios/${scenarioId}?tab=consumption`);
    await expect(page.getByRole("table", { name: /Consumption of Lime/ }).getByRole("row")).toHaveCount(3);
    await expect(page.getByRole("button", { name: /^(Edit|Delete) consumption of Lime/ })).toHaveCount(0);
  } finally {
    await page.context().clearCookies();
    await signInAs(page, "pm@calminer.local");
    await factory.cleanup();
  }
});
