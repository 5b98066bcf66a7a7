import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

function projectIdFrom(page: Page): string {
  const match = /\/projects\/([0-9a-f-]{36})/.exec(page.url());
  if (!match?.[1]) throw new Error(`not on a project page: ${page.url()}`);
  return match[1];
}

test.describe("projects", () => {
  let factory: ProjectFactory;
  test.afterEach(async () => {
    await factory?.cleanup();
  });

  test("as a project manager, I create a project and its base scenario, branch it and see both in the tree", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    factory = new ProjectFactory(page.request);
    const name = uniqueName("Cerro Verde");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
    await page.getByRole("link", { name: "New project" }).click();
    await expect(page.getByRole("heading", { name: "New project", level: 1 })).toBeVisible();

    // Validation messages appear beside the fields that caused them.
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
    await expect(page.getByLabel(/^Name/)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter the project’s name")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/project-form-errors.png", fullPage: true });

    // A pasted name longer than the limit is kept whole and the field says so, instead of being cut silently.
    const longName = "N".repeat(250);
    await page.getByLabel(/^Name/).fill(longName);
    await expect(page.getByLabel(/^Name/)).toHaveValue(longName);
    await expect(page.getByText("At most 200 characters (this has 250)")).toBeVisible();

    await page.getByLabel(/^Name/).fill(name);
    await expect(page.getByText(/At most 200 characters/)).toHaveCount(0);
    await page.getByLabel("Location").fill("Arequipa, Peru");
    await page.getByLabel(/^Operation type/).selectOption({ label: "Open pit" });
    await page.getByLabel(/^Primary commodity/).fill("Copper");
    await page.getByLabel(/^Default discount rate \(%\)/).fill("7.5");
    await page.getByRole("button", { name: "Create project" }).click();

    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    factory.track(projectIdFrom(page));
    await expect(page.getByRole("heading", { name: "No scenarios yet" })).toBeVisible();

    await page.getByRole("link", { name: "Create the base scenario" }).click();
    await expect(page.getByRole("heading", { name: "Create the base scenario", level: 1 })).toBeVisible();
    await expect(page.getByLabel(/^Discount rate \(%\)/)).toHaveValue("7.5");
    await page.screenshot({ path: "test-results/screens/root-scenario-form.png", fullPage: true });
    await page.getByRole("button", { name: "Create scenario" }).click();

    // The new scenario's editor opens; the project is one breadcrumb away.
    await expect(page.getByRole("heading", { name: "Base case", level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/scenarios\/[0-9a-f-]{36}/);
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name }).click();

    const tree = page.getByRole("list", { name: `Scenarios of ${name}` });
    await expect(tree.getByRole("link", { name: "Base case", exact: true })).toBeVisible();
    await expect(tree.getByText("Base case", { exact: true }).and(tree.getByTestId("base-case-badge"))).toBeVisible();

    await tree.getByRole("button", { name: "Branch Base case" }).click();
    const dialog = page.getByRole("dialog", { name: "Branch “Base case”" });
    await expect(dialog).toBeVisible();
    await page.screenshot({ path: "test-results/screens/branch-dialog.png" });
    await dialog.getByLabel(/^Name of the new scenario/).fill("Lower grade");
    await dialog.getByRole("button", { name: "Create branch" }).click();
    // The branch's editor opens: that is where its what-if is entered.
    await expect(page.getByRole("heading", { name: "Lower grade", level: 1 })).toBeVisible();
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name }).click();

    const branches = tree.getByRole("list", { name: "Branches of Base case" });
    await expect(branches.getByRole("link", { name: "Lower grade" })).toBeVisible();

    // Keyboard: the arrow keys move between scenarios of the tree.
    await tree.getByRole("link", { name: "Base case", exact: true }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(branches.getByRole("link", { name: "Lower grade" })).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(tree.getByRole("link", { name: "Base case", exact: true })).toBeFocused();
    await page.screenshot({ path: "test-results/screens/project-tree.png", fullPage: true });

    // Delete: the dialog names the project and the scenarios that go with it.
    await page.getByRole("button", { name: "Delete project" }).click();
    const confirm = page.getByRole("dialog", { name: `Delete project “${name}”?` });
    await expect(confirm).toContainText("Its 2 scenarios");
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.screenshot({ path: "test-results/screens/delete-project-dialog.png" });
    await confirm.getByRole("button", { name: "Delete project" }).click();
    await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("as a project manager, I am told when someone else changed the project I am editing", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    factory = new ProjectFactory(page.request);
    const project = await factory.createProject(uniqueName("Stale"));

    await page.goto(`/projects/${project.id}/edit`);
    await expect(page.getByLabel(/^Name/)).toHaveValue(project.name);
    // Someone else saves first.
    const other = await page.request.patch(`/api/projects/${project.id}`, { data: { location: "Changed elsewhere", version: 1 } });
    expect(other.status()).toBe(200);

    await page.getByLabel("Location").fill("My change");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this project; reload to see their changes" })).toBeVisible();
    await page.getByRole("button", { name: "Reload the project" }).click();
    await expect(page.getByLabel("Location")).toHaveValue("Changed elsewhere");
    await page.getByLabel("Location").fill("My change");
    await page.getByRole("button", { name: "Save changes" }).press("Enter");
    const heading = page.getByRole("heading", { name: project.name, level: 1 });
    await expect(heading).toBeVisible();
    // The Save button is gone with the form: focus lands on the project's heading, not on the page body.
    await expect(heading).toBeFocused();
    await expect(page.getByText("My change").first()).toBeVisible();
  });

  test("as a project manager, I search, sort and page through the projects list", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    factory = new ProjectFactory(page.request);
    const prefix = uniqueName("Paging");
    for (const suffix of ["Alpha", "Bravo", "Charlie"]) await factory.createProject(`${prefix} ${suffix}`);

    await page.goto("/projects?pageSize=2");
    await page.getByRole("searchbox", { name: "Search projects" }).fill(prefix);
    await page.getByRole("button", { name: "Search" }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("caption")).toContainText(`3 projects`);
    await expect(table.getByRole("rowheader")).toHaveText([`${prefix} Alpha`, `${prefix} Bravo`]);

    await page.getByRole("link", { name: "Next page" }).click();
    await expect(table.getByRole("rowheader")).toHaveText([`${prefix} Charlie`]);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of 2");
    await page.screenshot({ path: "test-results/screens/projects-list.png", fullPage: true });

    await page.getByRole("link", { name: /^Name/ }).click();
    await expect(page.getByRole("columnheader", { name: /^Name/ })).toHaveAttribute("aria-sort", "descending");
    await expect(table.getByRole("rowheader")).toHaveText([`${prefix} Charlie`, `${prefix} Bravo`]);

    await page.getByRole("searchbox", { name: "Search projects" }).fill(`${prefix} nothing like this`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("heading", { name: "No matching projects" })).toBeVisible();
  });

  test("as a viewer, I see no create, edit or delete controls and the API refuses my writes", async ({ page }) => {
    await signInAs(page, "viewer@calminer.local");
    await page.goto("/projects");
    await expect(page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "New project" })).toHaveCount(0);

    await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).click();
    await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
    // The base case, its child, its branch on the consensus price deck and its copper–gold branch (not counting the
    // "E2E …" branches other specs make of the base case while they run beside this one).
    await expect(page.getByRole("list", { name: `Scenarios of ${DEMO_PROJECT_NAME}` }).getByRole("link").filter({ hasNotText: /^E2E / })).toHaveCount(4);
    for (const control of ["Edit project", "New root scenario"]) await expect(page.getByRole("link", { name: control })).toHaveCount(0);
    for (const control of [/^Delete/, /^Branch/, /^Archive/, /^Set as base case/]) await expect(page.getByRole("button", { name: control })).toHaveCount(0);

    await page.goto("/projects/new");
    await expect(page.getByRole("heading", { name: "Your role cannot do this" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create project" })).toHaveCount(0);

    const response = await page.request.post("/api/projects", {
      data: { name: uniqueName("Viewer"), operationType: "open_pit", primaryCommodity: "gold", currency: "USD", defaultDiscountRatePct: 5 },
    });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  });
});
