import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// The organisation's audit log, end to end: the admin renames a project of their own making (deleted at the end),
// finds the change through the filters, sees its before → after, and downloads the same rows as CSV.

const CSV_HEADER = "Time (UTC),Actor name,Actor email,Action,Record kind,Record id,Record name,Changes,Before,After";

async function signInAsAdmin(page: Page): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("admin@calminer.local", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks); the text ends with a CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const nextChar = text[index + 1];
    if (isQuoted && char === '"' && nextChar === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (!isQuoted && char === ",") {
      record.push(cell);
      cell = "";
    } else if (!isQuoted && char === "\r" && nextChar === "\n") {
      records.push([...record, cell]);
      record = [];
      cell = "";
      index += 1;
    } else {
      cell += char;
    }
  }
  return records;
}

test("as the admin, I filter the audit log by kind of record, see a before → after and export the same rows as CSV", async ({ page }) => {
  test.slow();
  await signInAsAdmin(page);
  const factory = new ProjectFactory(page.request);
  try {
    const oldName = uniqueName("Audit before");
    const newName = uniqueName("Audit after");
    const project = await factory.createProject(oldName);
    const renamed = await page.request.patch(`/api/projects/${project.id}`, { data: { name: newName, version: 1 } });
    expect(renamed.status(), await renamed.text()).toBe(200);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await page.getByRole("main").getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();

    const filters = page.getByRole("search", { name: "Audit log" });
    await filters.getByLabel("Kind of record").selectOption({ label: "Project" });
    await filters.getByRole("button", { name: "Filter" }).click();
    // A plain GET form: the empty filters travel in the URL too.
    await expect(page).toHaveURL(/\/admin\/audit\?.*entityType=project/);
    const table = page.getByRole("table", { name: /matching the filters/ });
    const recordCells = table.locator("tbody tr td:nth-child(4)");
    await expect(recordCells.first()).toBeVisible();
    for (const text of await recordCells.allTextContents()) expect(text).toMatch(/^Project/);

    const row = table.getByRole("row").filter({ hasText: "Updated" }).filter({ hasText: newName });
    await expect(row).toContainText("Ada Admin");
    await expect(row.getByRole("listitem").filter({ hasText: /^name:/ })).toHaveText(`name: ${oldName} → ${newName}`);
    await page.screenshot({ path: "test-results/screens/audit-log.png", fullPage: true });

    const exportLink = page.getByRole("link", { name: "Export CSV" });
    await expect(exportLink).toHaveAttribute("href", /\/audit\.csv\?entityType=project$/);
    const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.join(",")).toBe(CSV_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((cells) => cells[4] === "project")).toBe(true);
    const exported = rows.find((cells) => cells[3] === "update" && cells[5] === project.id);
    expect(exported?.[6]).toBe(newName);
    expect(exported?.[7]).toContain(`name: ${oldName} → ${newName}`);
  } finally {
    await factory.cleanup();
  }
});
