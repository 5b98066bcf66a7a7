import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

// Page exports (issue #15): the compare page's download links give files whose figures are the comparison's.

const DEMO_BASE = "Base case (feasibility study)";
const DEMO_CHILD = "Higher price, faster ramp-up";

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

type Comparison = { scenarios: { scenario: { id: string; name: string }; metrics: { npv: number } | null; keyInputs: { capexTotal: number } }[] };

async function download(page: Page, linkName: string, region = "Export the comparison"): Promise<string> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("region", { name: region }).getByRole("link", { name: linkName }).click();
  return (await downloading).path();
}

test.describe("exports", () => {
  test("as a viewer, I download the scenario comparison as CSV and as a workbook, with the figures the page compares", async ({ page }) => {
    await signInAs(page, "viewer@calminer.local");
    await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
    await page.getByRole("checkbox", { name: `Compare ${DEMO_BASE}` }).check();
    await page.getByRole("checkbox", { name: `Compare ${DEMO_CHILD}` }).check();
    await page.getByRole("link", { name: "Compare selected (2)" }).click();
    await expect(page.getByRole("heading", { name: "Compare scenarios", level: 1 })).toBeVisible();

    const projectId = new URL(page.url()).pathname.split("/")[2] ?? "";
    const ids = new URL(page.url()).searchParams.get("ids")?.split(",") ?? [];
    const answer = await page.request.post(`/api/projects/${projectId}/scenarios/compare`, { data: { scenarioIds: ids } });
    expect(answer.status()).toBe(200);
    const { comparison } = (await answer.json()) as { comparison: Comparison };

    const csv = parse(await readFile(await download(page, "Comparison table (CSV)"), "utf8"), { bom: true }) as string[][];
    expect(csv[0]).toEqual(["Section", "Item", "Unit", ...comparison.scenarios.map((s) => s.scenario.name)]);
    const npvRow = csv.find((row) => row[1] === "NPV");
    expect(npvRow?.slice(3).map(Number)).toEqual(comparison.scenarios.map((s) => s.metrics?.npv));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download(page, "Excel workbook"));
    const sheet = workbook.getWorksheet("Scenario comparison");
    const capex: unknown[] = [];
    sheet?.eachRow((row) => {
      if (row.getCell(2).value === "Capex items incl. contingency") capex.push(row.getCell(4).value, row.getCell(5).value);
    });
    expect(capex).toEqual(comparison.scenarios.map((s) => s.keyInputs.capexTotal));
  });

  test("as a viewer, I download the project dashboard's base-case cash flow, and it is the dashboard's", async ({ page }) => {
    await signInAs(page, "viewer@calminer.local");
    const projects = (await (await page.request.get("/api/projects")).json()) as { items: { id: string; name: string }[] };
    const project = projects.items.find((p) => p.name === DEMO_PROJECT_NAME);
    expect(project).toBeDefined();
    await page.goto(`/projects/${project?.id ?? ""}/dashboard`);
    const dashboard = (await (await page.request.get(`/api/dashboards/projects/${project?.id ?? ""}`)).json()) as { baseCase: { cashFlow: { year: number; afterTaxCashFlow: number }[] } };

    const csv = parse(await readFile(await download(page, "Base-case cash flow (CSV)", "Export the dashboard's data"), "utf8"), { bom: true }) as string[][];
    const [header = [], ...rows] = csv;
    const afterTax = header.findIndex((name) => name.startsWith("After-tax cash flow"));
    expect(afterTax).toBeGreaterThan(0);
    expect(rows.map((row) => [Number(row[1]), Number(row[afterTax])])).toEqual(dashboard.baseCase.cashFlow.map((r) => [r.year, r.afterTaxCashFlow]));
  });
});
