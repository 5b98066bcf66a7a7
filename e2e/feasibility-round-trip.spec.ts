import { expect, test, type Page } from "@playwright/test";
import { deleteBranch, openBranchParameters } from "./branches";
import { ProjectFactory, ROOT_SETTINGS, uniqueName } from "./project-factory";

// Issue #14's journey end to end: a copper–gold scenario on the consensus price deck is built in the editor, its
// economic summary and spider chart are read, and its workbook, imported into an empty scenario of a new project,
// gives back the same NPV to the cent.

type Economics = { summary: { npvAtRates: { ratePct: number; afterTaxNpv: number }[]; products: { name: string; role?: string }[] } };

async function economicsOf(page: Page, scenarioId: string): Promise<Economics> {
  const response = await page.request.get(`/api/scenarios/${scenarioId}/economics`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { economics: Economics }).economics;
}

const npvAt8 = (economics: Economics) => economics.summary.npvAtRates.find((rate) => rate.ratePct === 8)?.afterTaxNpv ?? NaN;

async function choosePriceDeck(page: Page, scenarioPath: string): Promise<void> {
  await page.goto(`${scenarioPath}?tab=general`);
  await page.getByLabel("Price source").selectOption("deck");
  await page.getByLabel("Price deck", { exact: true }).selectOption({ label: "Consensus copper (long term 4.00) (USD/lb, copper)" });
  const saved = page.waitForResponse((response) => response.request().method() === "PATCH" && response.ok());
  await page.getByRole("button", { name: "Save settings" }).click();
  await saved;
  await expect(page.getByText(/Unsaved changes/)).toHaveCount(0);
}

async function addGoldByProduct(page: Page, scenarioPath: string): Promise<void> {
  await page.goto(`${scenarioPath}?tab=products`);
  await page.getByRole("button", { name: "Add row" }).click();
  await page.getByRole("textbox", { name: "Product, row 1", exact: true }).fill("Gold");
  await page.getByRole("combobox", { name: "Role, row 1", exact: true }).selectOption("by_product");
  await page.getByRole("combobox", { name: "Grade unit, row 1", exact: true }).selectOption("g_per_t");
  await page.getByRole("textbox", { name: /^Head grade \(grade unit, [^;]*\), row 1$/ }).fill("0.12");
  await page.getByRole("textbox", { name: "Recovery (%), row 1", exact: true }).fill("65");
  await page.getByRole("combobox", { name: "Price unit, row 1", exact: true }).selectOption("oz");
  await page.getByRole("textbox", { name: "Flat price (USD per price unit), row 1", exact: true }).fill("2300");
  await page.getByRole("textbox", { name: "Payable (%), row 1", exact: true }).fill("90");
  const saved = page.waitForResponse((response) => response.request().method() === "PUT" && response.ok());
  await page.getByRole("button", { name: "Save products" }).click();
  await saved;
  await expect(page.getByText(/Unsaved changes/)).toHaveCount(0);
}

test("as a project manager, I build a copper–gold scenario on a deck, read its economics and take it whole into a new project", async ({ page }) => {
  test.setTimeout(150_000); // a long journey: settings, a products row, economics, export, a project and an import
  const name = uniqueName("Copper–gold on the deck");
  const branchId = await openBranchParameters(page, name);
  const scenarioPath = new URL(page.url()).pathname;
  const factory = new ProjectFactory(page.request);
  try {
    await choosePriceDeck(page, scenarioPath);
    await addGoldByProduct(page, scenarioPath);

    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Economics" }).click();
    await expect(page.getByRole("heading", { name: "Economic summary", level: 2 })).toBeVisible();
    const economics = await economicsOf(page, branchId);
    expect(economics.summary.products.map((product) => product.name)).toEqual(["copper", "Gold"]);
    const npv = npvAt8(economics);
    const millions = (Math.abs(npv) / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    await expect(page.getByRole("row", { name: /NPV at 8 %/ })).toContainText(millions);
    await expect(page.getByRole("heading", { name: "Sensitivities", level: 2 })).toBeVisible();
    await expect(page.locator("figure canvas").first()).toBeVisible();

    const exported = await page.request.get(`/api/scenarios/${branchId}/export?format=xlsx`);
    expect(exported.status()).toBe(200);
    const workbook = await exported.body();

    const project = await factory.createProject(uniqueName("Copper–gold copy"));
    const created = await page.request.post(`/api/projects/${project.id}/scenarios`, { data: { name: "Imported copper–gold", ...ROOT_SETTINGS } });
    expect(created.status()).toBe(201);
    const root = ((await created.json()) as { scenario: { id: string; version: number } }).scenario;
    const imported = await page.request.post(`/api/scenarios/${root.id}/import?dry_run=false`, {
      multipart: { file: { name: "copper-gold.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook }, version: String(root.version) },
    });
    expect(imported.status(), await imported.text()).toBe(200);
    const copy = await economicsOf(page, root.id);
    expect(Math.round(npvAt8(copy) * 100)).toBe(Math.round(npv * 100));
    expect(copy.summary.products.map((product) => product.name)).toEqual(["copper", "Gold"]);
  } finally {
    await deleteBranch(page, branchId);
    await factory.cleanup();
  }
});
