import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { uniqueName } from "./project-factory";

// A scenario's Economics tab as a feasibility team uses it: the economic summary read on the page equals the API's
// figures, the spider chart and break-evens are there, the workbook holds the same numbers, and a valuation date
// chosen in the settings form restates every NPV.

const DEMO_BASE = "Base case (feasibility study)";

type Economics = {
  summary: { npvAtRates: { ratePct: number; preTaxNpv: number; afterTaxNpv: number }[]; conventions: { valuationDate: string; valuationYear: number } };
};

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

async function openScenario(page: Page, scenarioName: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: scenarioName, exact: true }).click();
  await expect(page.getByRole("heading", { name: scenarioName, level: 1 })).toBeVisible();
  return /scenarios\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
}

async function economicsOf(page: Page, scenarioId: string): Promise<Economics> {
  const response = await page.request.get(`/api/scenarios/${scenarioId}/economics`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { economics: Economics }).economics;
}

const atRate = (economics: Economics, ratePct: number) => economics.summary.npvAtRates.find((r) => r.ratePct === ratePct);
const millions = (value: number) => (value / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

test.describe("economics", () => {
  test("as an analyst, I read the base case's economic summary, spider chart and break-evens, and download the workbook", async ({ page }) => {
    await signInAs(page, "analyst@calminer.local");
    const scenarioId = await openScenario(page, DEMO_BASE);
    await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Economics" }).click();
    await expect(page.getByRole("heading", { name: "Economic summary", level: 2 })).toBeVisible();
    const economics = await economicsOf(page, scenarioId);
    const at8 = atRate(economics, 8);
    expect(at8).toBeDefined();
    const row = page.getByRole("row", { name: /NPV at 8 %/ });
    await expect(row).toContainText(millions(at8?.afterTaxNpv ?? NaN));
    await expect(row).toContainText(millions(at8?.preTaxNpv ?? NaN));
    await expect(page.getByRole("heading", { name: "Sensitivities", level: 2 })).toBeVisible();
    await expect(page.locator("figure canvas").first()).toBeVisible();
    await expect(page.getByText(/Price can fall .* before the after-tax NPV at 8 % is zero/)).toBeVisible();
    await page.screenshot({ path: "test-results/screens/economics.png", fullPage: true });

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Excel workbook (all tables)" }).click();
    const file = await (await downloading).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Economic summary", "Annual cash flow", "Sensitivities"]);
    const values = new Map<string, unknown>();
    workbook.getWorksheet("Economic summary")?.eachRow((r) => void values.set(String(r.getCell(2).value), r.getCell(3).value));
    expect(values.get("NPV at 8 %, after tax")).toBe(at8?.afterTaxNpv);
  });

  test("as a project manager, I value a branch at the start of period 0 and every NPV is restated one year earlier", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    const baseId = await openScenario(page, DEMO_BASE);
    const base = await economicsOf(page, baseId);
    const name = uniqueName("Valued at the start");
    const branched = await page.request.post(`/api/scenarios/${baseId}/branch`, { data: { name } });
    expect(branched.status()).toBe(201);
    const branchId = ((await branched.json()) as { scenario: { id: string } }).scenario.id;
    try {
      await page.goto(`${new URL(page.url()).pathname.replace(baseId, branchId)}`);
      await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
      await page.getByLabel("Valuation date").selectOption("start_of_period_0");
      const saved = page.waitForResponse((response) => response.request().method() === "PATCH" && response.ok());
      await page.getByRole("button", { name: "Save settings" }).click();
      await saved;
      // Leave only once the form has taken the save in (until then it would ask before discarding "unsaved" changes).
      await expect(page.getByRole("status").filter({ hasText: "Saved 1 setting." })).toBeVisible();
      await expect(page.getByText(/Unsaved changes/)).toHaveCount(0);
      await page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Economics" }).click();
      await expect(page.getByRole("heading", { name: "Economic summary", level: 2 })).toBeVisible();
      await expect(page.getByText(/NPV valued at the start of 2027/)).toBeVisible();
      const branch = await economicsOf(page, branchId);
      expect(branch.summary.conventions.valuationDate).toBe("start_of_period_0");
      for (const rate of [5, 8, 10]) expect(atRate(branch, rate)?.afterTaxNpv).toBeCloseTo((atRate(base, rate)?.afterTaxNpv ?? NaN) / (1 + rate / 100), 2);
    } finally {
      expect((await page.request.delete(`/api/scenarios/${branchId}`)).status()).toBe(204);
    }
  });
});
