import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { acceptInvitationByEmail } from "./people";

// The admin's user management, end to end: people invited here get a unique email and are removed at the end.
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

test("as the admin, I invite an analyst who joins by email and signs in, then deactivate them and they are signed out at once", async ({ page, browser }) => {
  // Two browsers, four sign-ins (each an Argon2 check and an audited, throttled attempt), an invitation, a
  // deactivation and a removal: about 30 s on a busy two-core machine, the default limit. Triple it.
  test.slow();
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const analyst = { name: `Nia Analyst ${stamp}`, email: `nia-${stamp}@calminer.local`, password: `kettle magnolia ${stamp} tailings` };

  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel(/^Email/).fill(analyst.email);
  await form.getByLabel(/^Role/).selectOption({ label: "Analyst" });
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${analyst.email} (analyst).` })).toBeVisible();
  const invitations = page.getByRole("table", { name: /pending invitation/ });
  await expect(invitations.getByRole("row").filter({ hasText: analyst.email })).toContainText("Analyst");

  // They open the emailed link and choose their own name and password: the admin never sees either.
  await acceptInvitationByEmail(browser, analyst);
  await page.reload();
  await expect(invitations.getByRole("row").filter({ hasText: analyst.email })).toHaveCount(0);
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

test("as the admin, I see why an invitation is refused, beside the field and announced", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel(/^Email/).fill("not an email");
  await form.getByRole("button", { name: "Invite" }).click();
  const email = form.getByLabel(/^Email/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Enter a valid email address")).toBeVisible();

  await email.fill("analyst@calminer.local");
  await form.getByRole("button", { name: "Invite" }).click();
  await expect(form.getByRole("alert")).toHaveText("This person is already a member of the organisation.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
});

test("as the admin, I cannot demote, deactivate or remove myself", async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
  await page.goto("/admin?q=admin%40calminer.local");
  const row = memberRow(page, ADMIN_EMAIL);
  await expect(row).toContainText("This is you");
  await expect(row.getByRole("button")).toHaveCount(0);
});
