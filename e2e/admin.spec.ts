import { expect, test, type Page } from "@playwright/test";
import { DEMO_ORGANISATION_NAME, DEMO_PASSWORD, SignInPage } from "./fixtures";

// The admin's user management, end to end: accounts made here get a unique email and are removed at the end.
// Required fields are labelled "Email (required)", so labels are matched from their start.

const ADMIN_EMAIL = "admin@calminer.local";

async function signIn(page: Page, email: string, password: string): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
}

function memberRow(page: Page, email: string) {
  return page.getByRole("table").getByRole("row").filter({ hasText: email });
}

test("as the admin, I create an analyst who can sign in, then deactivate them and they are signed out at once", async ({ page, browser }) => {
  // Two browsers, four sign-ins (each an Argon2 check and an audited, throttled attempt), a deactivation and a
  // removal: about 30 s on a busy two-core machine, the default limit. Triple it.
  test.slow();
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const analyst = { name: `Nia Analyst ${stamp}`, email: `nia-${stamp}@calminer.local`, password: `first-password-${stamp}` };

  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel(/^Name/).fill(analyst.name);
  await form.getByLabel(/^Email/).fill(analyst.email);
  await form.getByLabel(/^Role/).selectOption({ label: "Analyst" });
  await form.getByLabel(/^Initial password/).fill(analyst.password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${analyst.name} was added to ${DEMO_ORGANISATION_NAME} as analyst.` })).toBeVisible();
  const row = memberRow(page, analyst.email);
  await expect(row).toContainText("Analyst");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  // The new analyst signs in, in a browser of their own.
  const analystContext = await browser.newContext();
  const analystPage = await analystContext.newPage();
  await signIn(analystPage, analyst.email, analyst.password);
  await expect(analystPage.getByRole("banner").getByText(analyst.name)).toBeVisible();

  await page.reload();
  await expect(memberRow(page, analyst.email)).not.toContainText("Never");
  await memberRow(page, analyst.email).getByRole("button", { name: `Deactivate ${analyst.name}` }).click();
  await expect(memberRow(page, analyst.email)).toContainText("Deactivated");

  // Their very next page load goes to sign-in, and signing in again is refused.
  await analystPage.goto("/projects");
  await expect(analystPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fprojects$/);
  expect((await analystPage.request.get("/api/me")).status()).toBe(401);
  await new SignInPage(analystPage).signIn(analyst.email, analyst.password);
  await expect(analystPage.getByRole("alert").filter({ hasText: "Invalid email or password" })).toBeVisible();
  await analystContext.close();

  // Clean up with the keyboard only: Remove opens the confirmation with focus on Cancel; Escape keeps them.
  const remove = memberRow(page, analyst.email).getByRole("button", { name: `Remove ${analyst.name}` });
  await remove.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Remove ${analyst.name} from the organisation?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await remove.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Remove user" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(memberRow(page, analyst.email)).toHaveCount(0);
});

test("as the admin, I see why a form is refused, beside the field and announced", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel(/^Name/).fill("Short Password");
  await form.getByLabel(/^Email/).fill("analyst@calminer.local");
  await form.getByLabel(/^Initial password/).fill("too-short");
  await form.getByRole("button", { name: "Create user" }).click();
  const password = form.getByLabel(/^Initial password/);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("must be at least 12 characters")).toBeVisible();

  await form.getByLabel("Add an existing account by email").check();
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("alert")).toHaveText("This person is already a member of the organisation");
  await expect(form.getByLabel(/^Email/)).toHaveAttribute("aria-invalid", "true");
});

test("as the admin, I cannot demote, deactivate or remove myself", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.goto("/admin?q=admin%40calminer.local");
  const row = memberRow(page, ADMIN_EMAIL);
  await expect(row).toContainText("This is you");
  await expect(row.getByRole("button")).toHaveCount(0);
});
