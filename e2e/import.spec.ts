import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// Import user story on a scenario of its own (the demo data stays as it is): a workbook with an error is refused
// with the row and column named, the fixed workbook is committed, and the editor shows the imported rows.

const HEADER = ["period", "ore_mined_t", "waste_mined_t", "ore_processed_t", "head_grade", "recovery_pct"];

async function productionWorkbook(recoveryOfSecondRow: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("production");
  sheet.addRow(HEADER);
  sheet.addRow([0, 0, 0, 0, 0, 0]);
  sheet.addRow([1, 5_000_000, 12_000_000, 4_750_000, 0.6, recoveryOfSecondRow]);
  sheet.addRow([2, 5_100_000, 12_500_000, 4_900_000, 0.58, 88]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("as a project manager, I upload a workbook with an error, see it, fix it, commit and see the data in the editor", async ({ page }) => {
  await signInAs(page, "pm@calminer.local");
  const factory = new ProjectFactory(page.request);
  try {
    const project = await factory.createProject(uniqueName("Import"));
    const scenario = await factory.createRootScenario(project.id, "Imported plan");
    await page.goto(`/projects/${project.id}/scenarios/${scenario.id}/import`);
    await expect(page.getByRole("heading", { name: "Import inputs from a file" })).toBeVisible();

    const fileInput = page.getByLabel(/Drop a CSV or .xlsx file here/);
    await fileInput.setInputFiles({ name: "plan.xlsx", mimeType: XLSX, buffer: await productionWorkbook(150) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("Fix the file and upload again")).toBeVisible();
    const problem = page.getByRole("table", { name: /1 problem/ }).getByRole("row").nth(1);
    await expect(problem).toContainText("production");
    await expect(problem).toContainText("3");
    await expect(problem).toContainText("recovery_pct");
    await expect(problem).toContainText("Must be between 0 and 100");
    await page.screenshot({ path: "test-results/screens/import-error.png", fullPage: true });

    await fileInput.setInputFiles({ name: "plan-fixed.xlsx", mimeType: XLSX, buffer: await productionWorkbook(86.5) });
    await page.getByRole("button", { name: "Check the file" }).click();
    const counts = page.getByRole("table", { name: /What the import would do/ });
    await expect(counts.getByRole("row", { name: /^production/ })).toContainText("3");
    await page.getByRole("button", { name: "Commit the import" }).click();
    await expect(page.getByText(/Every row was written in one transaction/)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/import-done.png", fullPage: true });

    await page.getByRole("link", { name: "Back to the scenario inputs" }).click();
    await page.getByRole("tab", { name: "Production schedule" }).click();
    await expect(page.getByRole("textbox", { name: "Ore processed (t), row 2", exact: true })).toHaveValue("4,750,000");
    await expect(page.getByRole("textbox", { name: "Recovery (%), row 2", exact: true })).toHaveValue("86.5");
  } finally {
    await factory.cleanup();
  }
});

test("as a viewer, I cannot import: the API answers 403", async ({ page }) => {
  await signInAs(page, "viewer@calminer.local");
  const projects = (await (await page.request.get("/api/projects")).json()) as { items: { id: string }[] };
  const projectId = projects.items[0]?.id ?? "";
  const scenarios = (await (await page.request.get(`/api/projects/${projectId}/scenarios`)).json()) as { items: { id: string }[] };
  const scenarioId = scenarios.items[0]?.id ?? "";
  expect(scenarioId).not.toBe("");
  const response = await page.request.post(`/api/scenarios/${scenarioId}/import?dry_run=true`, {
    multipart: { kind: "production", file: { name: "p.csv", mimeType: "text/csv", buffer: Buffer.from(`${HEADER.join(",")}\n`) } },
  });
  expect(response.status()).toBe(403);
  // The import page offers the viewer the templates, but no export link the API would refuse.
  await page.goto(`/projects/${projectId}/scenarios/${scenarioId}/import`);
  await page.getByText("Templates and exports").click();
  await expect(page.getByRole("link", { name: /^Workbook template/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "This scenario's inputs as a workbook" })).toHaveCount(0);
});
