import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";
import { ProjectFactory, uniqueName } from "./project-factory";

const DEMO_BASE = "Base case (feasibility study)";
const DEMO_CHILD = "Higher price, faster ramp-up";

async function signInAs(page: Page, email: string): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

test.describe("scenario comparison", () => {
  test("as an analyst, I compare the demo base case with its child and see the metrics side by side", async ({ page }) => {
    await signInAs(page, "analyst@calminer.local");
    await page.getByRole("link", { name: DEMO_PROJECT_NAME, exact: true }).first().click();
    await expect(page.getByRole("heading", { name: DEMO_PROJECT_NAME, level: 1 })).toBeVisible();

    const compareButton = page.getByRole("button", { name: "Compare selected (1)" });
    await page.getByRole("checkbox", { name: `Compare ${DEMO_BASE}` }).check();
    await expect(compareButton).toBeDisabled();
    await page.getByRole("checkbox", { name: `Compare ${DEMO_CHILD}` }).check();
    await expect(page.getByRole("group", { name: "Comparison" })).toContainText(`2 selected: ${DEMO_BASE}, ${DEMO_CHILD}.`);
    await page.getByRole("link", { name: "Compare selected (2)" }).click();

    await expect(page.getByRole("heading", { name: "Compare scenarios", level: 1 })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader")).toHaveText(["Item", new RegExp(`^${escape(DEMO_BASE)}`), new RegExp(`^${escape(DEMO_CHILD)}`)]);
    const npv = table.getByRole("row", { name: /^NPV \(USD\)/ });
    await expect(npv.getByRole("cell")).toHaveCount(2);
    // Money carries its currency and thousands separators; the child's differs from the base and says so in words.
    await expect(npv.getByRole("cell").first()).toHaveText(/^-?USD\s\d{1,3}(,\d{3})+$/);
    await expect(npv.getByRole("rowheader")).toContainText("Differs");
    await expect(npv.getByRole("cell").nth(1)).toContainText("vs first");
    await expect(table.getByRole("row", { name: /^IRR \(%\)/ }).getByRole("cell").first()).toHaveText(/^\d+\.\d{1,2} %$/);
    await expect(table.getByRole("row", { name: /^Payback \(years from the start of period 0\)/ }).getByRole("cell").first()).toHaveText(/^\d+\.\d years/);
    await expect(table.getByRole("row", { name: /^Metal price/ }).getByRole("rowheader")).toContainText("Differs");
    await page.screenshot({ path: "test-results/screens/compare.png", fullPage: true });

    await page.getByRole("link", { name: "Show only differences" }).click();
    await expect(table.getByRole("row", { name: /^Start year/ })).toHaveCount(0);
    await expect(table.getByRole("row", { name: /^NPV \(USD\)/ })).toBeVisible();
  });

  test("as a project manager, I am told which rule refuses a comparison of scenarios in different currencies", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    const factory = new ProjectFactory(page.request);
    try {
      const project = await factory.createProject(uniqueName("Currencies"));
      const usd = await factory.createRootScenario(project.id, "In dollars");
      const eur = await factory.createRootScenario(project.id, "In euros", { currency: "EUR" });

      await page.goto(`/projects/${project.id}/compare?ids=${usd.id},${eur.id}`);
      const refusal = page.getByRole("alert").filter({ hasText: "cannot be compared" });
      await expect(refusal.getByRole("heading")).toHaveText("These scenarios cannot be compared: rule “Same currency”");
      await expect(refusal).toContainText('"In dollars" (USD), "In euros" (EUR)');
      await expect(refusal).toContainText("SCENARIO_CURRENCY_MISMATCH");
      await page.screenshot({ path: "test-results/screens/compare-refused.png", fullPage: true });

      await page.goto(`/projects/${project.id}/compare?ids=${usd.id}`);
      await expect(page.getByRole("heading", { name: "Nothing to compare yet" })).toBeVisible();
    } finally {
      await factory.cleanup();
    }
  });

  test("as a project manager, I archive, restore and delete a scenario with children, keeping them", async ({ page }) => {
    await signInAs(page, "pm@calminer.local");
    const factory = new ProjectFactory(page.request);
    try {
      const project = await factory.createProject(uniqueName("Tree"));
      const root = await factory.createRootScenario(project.id, "Root");
      const branched = await page.request.post(`/api/scenarios/${root.id}/branch`, { data: { name: "Child" } });
      expect(branched.status()).toBe(201);

      await page.goto(`/projects/${project.id}`);
      const tree = page.getByRole("list", { name: `Scenarios of ${project.name}` });
      await tree.getByRole("button", { name: "Archive Child" }).click();
      await expect(page.getByRole("status").filter({ hasText: "archived" })).toHaveText("“Child” archived.");
      await expect(tree.getByRole("checkbox", { name: "Child (archived scenarios cannot be compared)" })).toBeDisabled();
      await tree.getByRole("button", { name: "Restore Child" }).click();
      await expect(tree.getByRole("checkbox", { name: "Compare Child" })).toBeEnabled();

      await tree.getByRole("button", { name: "Delete Root" }).click();
      const dialog = page.getByRole("dialog", { name: "Delete scenario “Root”?" });
      await expect(dialog.getByRole("radio", { name: /Keep them/ })).toBeChecked();
      await page.screenshot({ path: "test-results/screens/delete-scenario-dialog.png" });
      await dialog.getByRole("button", { name: "Delete scenario" }).click();
      await expect(dialog).toBeHidden();
      await expect(tree.getByRole("link", { name: "Root" })).toHaveCount(0);
      await expect(tree.getByRole("link", { name: "Child" })).toBeVisible();
    } finally {
      await factory.cleanup();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
