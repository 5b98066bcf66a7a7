import { expect, test, type Page } from "@playwright/test";
import { invitePerson, signedIn } from "./people";
import { ProjectFactory, uniqueName } from "./project-factory";

// Issue #15, "Numbers": a person who writes a decimal comma chooses it on their account page, types 8,5 in a
// percentage cell and gets 8.5 stored; 1,2,3 is refused beside the cell and nothing is saved. The person is one of
// their own (e2e/people.ts), since the test changes their account; the project is theirs and deleted after.

type ProductionRow = { period: number; recoveryPct: number };

async function storedRecoveries(page: Page, scenarioId: string): Promise<number[]> {
  const response = await page.request.get(`/api/scenarios/${scenarioId}/production`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: ProductionRow[] }).data.map((row) => row.recoveryPct);
}

async function chooseDecimalComma(page: Page): Promise<void> {
  await page.goto("/account");
  const numbers = page.getByRole("group", { name: "Number format" });
  await expect(numbers.getByRole("radio", { name: /^From my browser \(currently: / })).toBeChecked();
  await numbers.getByRole("radio", { name: "Decimal comma: 1.234,5" }).check();
  await page.getByRole("button", { name: "Save number format" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Number format saved: Decimal comma: 1.234,5." })).toBeVisible();
  const me = (await (await page.request.get("/api/me")).json()) as { user: { numberFormat: string | null } };
  expect(me.user.numberFormat).toBe("comma");
}

test("under a decimal comma, I type 8,5 in a percentage cell and 8.5 is stored; 1,2,3 is refused at the cell", async ({ browser }) => {
  const person = await invitePerson(browser, "project_manager", "Sam Comma");
  const { context, page } = await signedIn(browser, person.email, person.password);
  const factory = new ProjectFactory(page.request);
  try {
    await chooseDecimalComma(page);
    const project = await factory.createProject(uniqueName("Numbers"));
    const scenario = await factory.createRootScenario(project.id, "Comma case");
    await page.goto(`/projects/${project.id}/scenarios/${scenario.id}?tab=production`);
    await page.getByRole("button", { name: "Add row" }).click();

    const recovery = page.getByRole("textbox", { name: "Recovery (%), row 1", exact: true });
    await recovery.fill("8,5");
    const saved = page.waitForResponse((response) => response.request().method() === "PUT" && response.ok());
    await page.getByRole("button", { name: "Save production schedule" }).click();
    await saved;
    await expect(page.getByText("Unsaved changes")).toHaveCount(0);
    expect(await storedRecoveries(page, scenario.id)).toEqual([8.5]);
    // Shown back in the same format once the page has the stored row again.
    await expect(recovery).toHaveValue("8,5");

    await recovery.fill("1,2,3");
    await page.getByRole("button", { name: "Save production schedule" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
    await expect(recovery).toHaveAttribute("aria-invalid", "true");
    await expect(recovery).toHaveAccessibleDescription(/"1,2,3" is not a number in your format \(a decimal comma\)/);
    await page.screenshot({ path: "test-results/screens/number-format-refusal.png", fullPage: true });
    expect(await storedRecoveries(page, scenario.id)).toEqual([8.5]);
  } finally {
    await factory.cleanup();
    await context.close();
  }
});
