import { expect, test } from "@playwright/test";
import { DEMO_ORGANISATION_NAME } from "./fixtures";
import { invitePerson, signedIn } from "./people";
import { uniqueName } from "./project-factory";

// A person creates an organisation of their own, runs it as its admin (its settings, a project that starts with its
// defaults) and switches back to the demo organisation. The person is a new analyst of the demo organisation (invited
// by the demo admin, e2e/people.ts), and what they create lives in their new organisation: no other spec's data moves.

test("I create an organisation, run it as its admin, and switch back to the demo organisation", async ({
  browser,
}) => {
  test.slow();
  const person = await invitePerson(browser, "analyst", "Olga Organiser");
  const { context, page } = await signedIn(browser, person.email, person.password);
  const banner = page.getByRole("banner");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);

  // Create it: a field error first, then the organisation, which becomes the active one.
  await banner.getByRole("link", { name: "New organisation" }).click();
  await expect(page.getByRole("heading", { name: "New organisation", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Enter the organisation's name")).toBeVisible();
  await expect(page.getByLabel(/^Organisation name/)).toHaveAttribute("aria-invalid", "true");
  const organisationName = uniqueName("Altiplano Lithium");
  await page.getByLabel(/^Organisation name/).fill(organisationName);
  await page.getByRole("button", { name: "Create organisation" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(
    page.getByText(`Projects, scenarios and simulation runs of ${organisationName}`),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
  const switcher = banner.getByLabel("Organisation", { exact: true });
  // Every organisation the person belongs to, by name ("Demo…" before "E2E…").
  await expect(switcher.locator("option")).toHaveText([DEMO_ORGANISATION_NAME, organisationName]);
  await expect(switcher.locator("option:checked")).toHaveText(organisationName);

  // Its admin: the settings, with a field error beside the currency first.
  await nav.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("link", { name: "Organisation settings" }).click();
  await expect(page.getByRole("heading", { name: "Organisation settings", level: 1 })).toBeVisible();
  await expect(page.getByLabel(/^Default currency/)).toHaveValue("USD");
  await expect(page.getByLabel(/^Default discount rate \(%\)/)).toHaveValue("8");
  const renamed = `${organisationName} Renamed`;
  await page.getByLabel(/^Organisation name/).fill(renamed);
  await page.getByLabel(/^Default currency/).fill("EU");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Enter a three-letter ISO-4217 code, e.g. USD")).toBeVisible();
  await page.getByLabel(/^Default currency/).fill("chf");
  await page.getByLabel(/^Default discount rate \(%\)/).fill("9.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Saved. New projects of ${renamed} start in CHF at 9.5 %.` }),
  ).toBeVisible();
  await expect(switcher.locator("option:checked")).toHaveText(renamed);
  await page.screenshot({ path: "test-results/screens/organisation-settings.png", fullPage: true });

  // A new project starts with the organisation's defaults.
  await page.goto("/projects/new");
  await expect(page.getByLabel(/^Currency \(ISO-4217\)/)).toHaveValue("CHF");
  await expect(page.getByLabel(/^Default discount rate \(%\)/)).toHaveValue("9.5");
  const projectName = uniqueName("Salar Norte");
  await page.getByLabel(/^Name/).fill(projectName);
  await page.getByLabel(/^Operation type/).selectOption({ label: "Open pit" });
  await page.getByLabel(/^Primary commodity/).fill("Lithium");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { name: projectName, level: 1 })).toBeVisible();

  // Back to the demo organisation, where this person is an analyst.
  await switcher.selectOption({ label: DEMO_ORGANISATION_NAME });
  // The switch is a server action: wait for its answer (the select shows the choice before the cookie is set).
  const switched = page.waitForResponse((response) => response.request().method() === "POST" && response.ok());
  await banner.getByRole("button", { name: "Switch" }).click();
  await switched;
  await page.goto("/dashboard");
  await expect(
    page.getByText(`Projects, scenarios and simulation runs of ${DEMO_ORGANISATION_NAME}`),
  ).toBeVisible();
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await context.close();
});
