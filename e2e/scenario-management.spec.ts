import { expect, test, type Page } from "@playwright/test";
import { DEMO_BASE, deleteBranch } from "./branches";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

// Issue #15, scenario management: a branch made from the tree opens in its editor; the tree's Edit dialog renames,
// re-describes and sets the status; a gold project's new scenario starts in ounces and grams per tonne.

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

async function openDemoProject(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
  await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();
}

test.describe("scenario management", () => {
  let branchId: string | undefined;
  let factory: ProjectFactory | undefined;
  test.afterEach(async ({ page }) => {
    if (branchId) await deleteBranch(page, branchId);
    branchId = undefined;
    await factory?.cleanup();
  });

  test("as a project manager, I branch from the tree, land in the branch's editor, then rename, describe and activate it", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    await openDemoProject(page);
    const name = uniqueName("E2E managed");
    const tree = page.getByRole("list", { name: `Scenarios of ${DEMO_PROJECT_NAME}` });

    await tree.getByRole("button", { name: `Branch ${DEMO_BASE}`, exact: true }).click();
    const branchDialog = page.getByRole("dialog", { name: `Branch “${DEMO_BASE}”` });
    await branchDialog.getByLabel(/^Name of the new scenario/).fill(name);
    await branchDialog.getByRole("button", { name: "Create branch" }).click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    branchId = /scenarios\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(branchId).toBeTruthy();

    // The tree shows a scenario's NPV and IRR once a cash flow of it has been computed (here: its Profitability tab).
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: DEMO_PROJECT_NAME }).click();
    const branchFigures = () => tree.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) }).last().getByTestId("tree-figures");
    await expect(branchFigures()).toContainText("NPV — · IRR —");
    await page.goto(`/projects/${/projects\/([0-9a-f-]{36})/.exec(page.url())?.[1]}/scenarios/${branchId}/profitability`);
    await expect(page.getByRole("heading", { name: "Profitability metrics" })).toBeVisible();
    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: DEMO_PROJECT_NAME }).click();
    await expect(branchFigures()).toHaveText(/^NPV USD \d[\d,]*\.\d M · IRR \d+\.\d %$/);

    const editButton = tree.getByRole("button", { name: `Edit ${name}`, exact: true });
    await editButton.click();
    const dialog = page.getByRole("dialog", { name: `Edit “${name}”` });
    await expect(dialog.getByLabel(/^Name/)).toBeFocused();

    // A blank name is refused at the field, and nothing is sent.
    await dialog.getByLabel(/^Name/).fill("  ");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByLabel(/^Name/)).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText("Enter the scenario’s name")).toBeVisible();

    // A name another scenario has is refused at the field by the API.
    await dialog.getByLabel(/^Name/).fill(DEMO_BASE);
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText("is already used in this project")).toBeVisible();

    const renamed = `${name} (renamed)`;
    await dialog.getByLabel(/^Name/).fill(renamed);
    await dialog.getByLabel("Description").fill("Lower cut-off, same plant");
    await dialog.getByLabel(/^Status/).selectOption({ label: "Active" });
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "saved" })).toHaveText(`“${renamed}” saved.`);
    await expect(tree.getByRole("link", { name: renamed, exact: true })).toBeVisible();
    // Focus returns to the row's Edit button, now named after the new name.
    await expect(tree.getByRole("button", { name: `Edit ${renamed}`, exact: true })).toBeFocused();

    // Active: the dialog now offers Active and Archived only (never back to draft); Escape cancels.
    await tree.getByRole("button", { name: `Edit ${renamed}`, exact: true }).click();
    await expect(page.getByRole("dialog", { name: `Edit “${renamed}”` }).getByLabel(/^Status/).locator("option")).toHaveText(["Active", "Archived"]);
    await page.keyboard.press("Escape");
    await expect(tree.getByRole("button", { name: `Edit ${renamed}`, exact: true })).toBeFocused();
  });

  test("as a viewer, I see the scenario tree without Edit buttons", async ({ page }) => {
    await signInAs(page, "viewer@calminer.local");
    await openDemoProject(page);
    const tree = page.getByRole("list", { name: `Scenarios of ${DEMO_PROJECT_NAME}` });
    await expect(tree.getByRole("link", { name: DEMO_BASE, exact: true })).toBeVisible();
    await expect(tree.getByRole("button", { name: /^Edit / })).toHaveCount(0);
  });

  test("as a project manager, a gold project's new scenario starts in troy ounces and grams per tonne", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    factory = new ProjectFactory(page.request);
    const project = await factory.createProject(uniqueName("E2E gold"), { primaryCommodity: "gold" });
    await page.goto(`/projects/${project.id}/scenarios/new?base=1`);
    await expect(page.getByLabel(/^Price unit/)).toHaveValue("oz");
    await expect(page.getByLabel(/^Grade unit/)).toHaveValue("g_per_t");
    await expect(page.getByLabel(/^Payable metal/)).toHaveValue("99.5");
    await expect(page.getByLabel(/^Treatment charge/)).toHaveValue("");
  });
});
