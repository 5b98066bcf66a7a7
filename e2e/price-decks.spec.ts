import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { uniqueName } from "./project-factory";

// A price deck as a project manager builds one: its years pasted from a spreadsheet into the grid, saved, and then
// read off the project's deck × scenario matrix, whose figure for the base case is the API's to the displayed digit.

const DEMO_BASE = "Base case (feasibility study)";

type Matrix = {
  columns: { id: string; name: string }[];
  rows: { scenario: { id: string; name: string }; currency: string; cells: ({ kind: "valued"; npv: number } | { kind: "refused"; message: string })[] }[];
};

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

const millions = (value: number) => (Math.abs(value) / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** As the page writes money in millions: "USD 12.3 M", "-USD 407.0 M". */
const moneyMillions = (value: number, currency: string) => `${value < 0 ? "-" : ""}${currency} ${millions(value)} M`;

test("as a project manager, I paste a price deck and read every scenario's NPV on it in the project's deck matrix", async ({ page }) => {
  await signInAs(page, "pm@calminer.local");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Price decks" }).click();
  await expect(page.getByRole("heading", { name: "Price decks", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "New price deck" }).click();

  const deckName = uniqueName("Downside copper");
  await page.getByRole("textbox", { name: "Name (required)" }).fill(deckName);
  await page.getByRole("textbox", { name: /^Long-term price/ }).fill("3.2");
  await page.getByRole("textbox", { name: "Year, row 1", exact: true }).evaluate((input) => {
    const data = new DataTransfer();
    data.setData("text/plain", "2029\t3.6\n2030\t3.5\n2031\t3.4\n");
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("textbox", { name: "Year, row 3", exact: true })).toHaveValue("2031");
  await page.getByRole("button", { name: "Create price deck" }).click();
  await expect(page.getByRole("heading", { name: deckName, level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/price-deck.png", fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await page.getByRole("link", { name: "Price deck matrix" }).click();
  await expect(page.getByRole("heading", { name: "Price deck matrix", level: 1 })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: new RegExp(deckName) })).toBeVisible();

  const projectId = /projects\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
  const response = await page.request.get(`/api/projects/${projectId}/deck-matrix`);
  expect(response.status()).toBe(200);
  const { matrix } = (await response.json()) as { matrix: Matrix };
  const column = matrix.columns.findIndex((c) => c.name === deckName);
  const base = matrix.rows.find((r) => r.scenario.name === DEMO_BASE);
  const cell = base?.cells[column];
  expect(cell?.kind).toBe("valued");
  const npv = cell?.kind === "valued" ? cell.npv : NaN;
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(DEMO_BASE.replace(/[()]/g, "\\$&")) }) });
  await expect(row.getByRole("cell").nth(column)).toContainText(moneyMillions(npv, base?.currency ?? ""));
  // A downside deck below the base case's flat 4.25 USD/lb is worth less than the base case on its own price.
  const flat = base?.cells[0];
  expect(flat?.kind === "valued" && flat.npv > npv).toBe(true);
  await expect(page.getByRole("heading", { name: "How these figures are valued" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/deck-matrix.png", fullPage: true });
});
