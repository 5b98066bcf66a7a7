import { expect, test, type Page } from "@playwright/test";
import { invitePerson, signedIn } from "./people";
import { ProjectFactory, uniqueName } from "./project-factory";

// Issue #15, "Numbers": a person who writes a decimal comma chooses it on their account page, types 8,5 in a
// percentage cell and gets 8.5 stored; 1,2,3 is refused beside the cell and nothing is saved. The person is one of
// their own (e2e/people.ts), since the test changes their account; the project is theirs and deleted after. The
// same holds in the form fields that were type=number (quick start), the distribution editor and the correlation
// matrix.

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
  // Inviting and signing in a person of its own takes a third of the default minute on two busy cores.
  test.setTimeout(120_000);
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

type ProductionGrades = { data: { headGrade: number }[] };

/** Quick start under a decimal comma: 1,2,3 is refused at the field, 8,5 g/t is stored as 8.5. Returns the scenario id. */
async function quickStartInComma(page: Page, projectId: string): Promise<string> {
  await page.goto(`/projects/${projectId}`);
  await page.getByRole("link", { name: "Quick start from a few figures" }).click();
  await expect(page.getByRole("heading", { name: "Quick start", level: 1 })).toBeVisible();
  const tonnage = page.getByRole("textbox", { name: /^Ore tonnage \(t per year\)/ });
  await tonnage.fill("1,2,3");
  await tonnage.blur();
  await expect(tonnage).toHaveAttribute("aria-invalid", "true");
  await expect(tonnage).toHaveAccessibleDescription(/^Ore tonnage \(t per year\): "1,2,3" is not a number in your format \(a decimal comma\)/);
  await page.screenshot({ path: "test-results/screens/number-format-field-refusal.png" });
  await tonnage.fill("1.500.000");
  await page.getByRole("textbox", { name: /^Head grade \(g\/t\)/ }).fill("8,5");
  await expect(tonnage).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("textbox", { name: /^Recovery \(%\)/ }).fill("92,5");
  await page.getByRole("textbox", { name: /^Mine life \(years\)/ }).fill("5");
  await page.getByRole("textbox", { name: /^Initial capital cost \(USD\)/ }).fill("180.000.000");
  await page.getByRole("textbox", { name: /^Operating cost \(USD per tonne processed\)/ }).fill("32,5");
  await page.getByRole("button", { name: "Create and open the scenario" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/scenarios/[0-9a-f-]{36}$`));
  const scenarioId = /scenarios\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? "";
  const grades = (await (await page.request.get(`/api/scenarios/${scenarioId}/production`)).json()) as ProductionGrades;
  expect(grades.data.map((row) => row.headGrade)).toEqual([8.5, 8.5, 8.5, 8.5, 8.5]);
  return scenarioId;
}

async function addStochasticParameter(page: Page, scenarioId: string, name: string, target: string): Promise<void> {
  const data = { name, target, application: "factor", baseValue: 1, unit: "factor", distribution: { type: "normal", mean: 1, sd: 0.1 } };
  expect((await page.request.post(`/api/scenarios/${scenarioId}/parameters`, { data })).status()).toBe(201);
}

test("under a decimal comma, quick start takes 8,5 g/t, the distribution editor 0,9 and the correlation matrix 0,5", async ({ browser }) => {
  test.setTimeout(180_000);
  const person = await invitePerson(browser, "project_manager", "Kim Komma");
  const { context, page } = await signedIn(browser, person.email, person.password);
  const factory = new ProjectFactory(page.request);
  try {
    await chooseDecimalComma(page);
    const project = await factory.createProject(uniqueName("Komma"), { primaryCommodity: "Gold" });
    const scenarioId = await quickStartInComma(page, project.id);
    await addStochasticParameter(page, scenarioId, "Price factor", "price");
    await addStochasticParameter(page, scenarioId, "Recovery factor", "recovery");
    await page.goto(`/projects/${project.id}/scenarios/${scenarioId}?tab=parameters`);

    await page.getByRole("button", { name: "Edit the distribution of Price factor" }).click();
    const dialog = page.getByRole("dialog", { name: "Distribution of Price factor" });
    await dialog.getByLabel("Distribution of Price factor").selectOption("triangular");
    const minimum = dialog.getByLabel("Minimum (parameter unit)");
    await minimum.fill("1,2,3");
    await dialog.getByLabel("Most likely (parameter unit)").fill("1");
    await dialog.getByLabel("Maximum (parameter unit)").fill("1,15");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog.getByRole("alert")).toContainText('Minimum (parameter unit): "1,2,3" is not a number in your format (a decimal comma)');
    await expect(minimum).toHaveAttribute("aria-invalid", "true");
    await minimum.fill("0,9");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog).toBeHidden();
    const saved = page.waitForResponse((response) => response.url().endsWith("/parameters") && response.request().method() === "PUT" && response.ok());
    await page.getByRole("button", { name: "Save parameters" }).click();
    await saved;
    const parameters = (await (await page.request.get(`/api/scenarios/${scenarioId}/parameters`)).json()) as { data: { name: string; distribution: unknown }[] };
    expect(parameters.data.find((row) => row.name === "Price factor")?.distribution).toEqual({ type: "triangular", min: 0.9, mode: 1, max: 1.15 });
    // The save moved the scenario to a new version: the matrix saves against the page as it is now.
    await page.reload();

    const coefficient = page.getByRole("textbox", { name: /^Correlation of / });
    await coefficient.fill("1,2,3");
    await expect(coefficient).toHaveAttribute("aria-invalid", "true");
    await expect(coefficient).toHaveAccessibleDescription(/"1,2,3" is not a number in your format/);
    await coefficient.fill("0,5");
    await expect(coefficient).not.toHaveAttribute("aria-invalid", "true");
    const savedPairs = page.waitForResponse((response) => response.url().endsWith("/correlations") && response.request().method() === "PUT" && response.ok());
    await page.getByRole("button", { name: "Save correlations" }).click();
    await savedPairs;
    const pairs = (await (await page.request.get(`/api/scenarios/${scenarioId}/correlations`)).json()) as { data: { coefficient: number }[] };
    expect(pairs.data.map((pair) => pair.coefficient)).toEqual([0.5]);
    await page.reload();
    await expect(page.getByRole("textbox", { name: /^Correlation of / })).toHaveValue("0,5");
  } finally {
    await factory.cleanup();
    await context.close();
  }
});

test("following my browser, the server renders numbers in the language my browser asks for, so nothing switches after hydration", async ({ browser }) => {
  const person = await invitePerson(browser, "project_manager", "Bo Browser");
  const { context, page } = await signedIn(browser, person.email, person.password);
  const factory = new ProjectFactory(page.request);
  try {
    const project = await factory.createProject(uniqueName("Browser format"), { primaryCommodity: "Gold", defaultDiscountRatePct: 7.5 });
    const url = `/projects/${project.id}/scenarios/quick-start`;
    const htmlFor = async (language: string) => (await page.request.get(url, { headers: { "accept-language": language } })).text();
    // The discount rate field starts at the project's 7.5 %: written with the separator of the first language asked for.
    expect(await htmlFor("de-DE,de;q=0.9,en;q=0.8")).toMatch(/name="discountRatePct"[^>]*value="7,5"|value="7,5"[^>]*name="discountRatePct"/);
    expect(await htmlFor("en-GB,en;q=0.9")).toMatch(/name="discountRatePct"[^>]*value="7.5"|value="7.5"[^>]*name="discountRatePct"/);
  } finally {
    await factory.cleanup();
    await context.close();
  }
});
