import { expect, test } from "@playwright/test";
import { SignInPage } from "./fixtures";
import { countMails, latestMail, linkPathIn } from "./mailbox";
import { invitePerson, signedIn } from "./people";

// Passwords a person controls: changing theirs signs out their other devices; a forgotten one is reset through an
// emailed single-use link. Each test has a person of its own (e2e/people.ts).

test("as an analyst, I change my password: my other device is signed out and the new password works", async ({ browser }) => {
  test.slow();
  const person = await invitePerson(browser, "analyst", "Pia Password");
  const laptop = await signedIn(browser, person.email, person.password);
  const phone = await signedIn(browser, person.email, person.password);
  const newPassword = `${person.password} renewed`;

  const { page } = laptop;
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel(/^Current password/).fill("not my password at all");
  await form.getByLabel(/^New password/).fill(newPassword);
  await form.getByLabel(/^Repeat the new password/).fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel(/^Current password/)).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel(/^Current password/).fill(person.password);
  await form.getByLabel(/^New password/).fill("password12345");
  await form.getByLabel(/^Repeat the new password/).fill("password12345");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/too easy to guess/)).toBeVisible();

  await form.getByLabel(/^New password/).fill(newPassword);
  await form.getByLabel(/^Repeat the new password/).fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed. You were signed out everywhere else." })).toBeVisible();
  expect((await laptop.context.request.get("/api/me")).status()).toBe(200);
  expect((await phone.context.request.get("/api/me")).status()).toBe(401);

  const again = await signedIn(browser, person.email, newPassword);
  await Promise.all([laptop.context.close(), phone.context.close(), again.context.close()]);
});

test("as a viewer who forgot my password, I reset it by email and sign in with the new one; the link works once", async ({ browser }) => {
  test.slow();
  const person = await invitePerson(browser, "viewer", "Fay Forgot");
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?", level: 1 })).toBeVisible();
  const before = countMails(person.email, /Reset your CalMiner password/);
  await page.getByLabel(/^Email/).fill(person.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If this email belongs to an account" })).toBeVisible();
  await expect.poll(() => countMails(person.email, /Reset your CalMiner password/)).toBe(before + 1);

  const link = linkPathIn(await latestMail(person.email, /Reset your CalMiner password/));
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose a new password", level: 1 })).toBeVisible();
  const newPassword = `fresh start ${Date.now().toString(36)} quarry`;
  await page.getByLabel(/^New password/).fill(newPassword);
  await page.getByLabel(/^Repeat the new password/).fill(newPassword);
  await page.screenshot({ path: "test-results/screens/set-password.png", fullPage: true });
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is set" })).toBeVisible();
  await signIn.signIn(person.email, newPassword);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works", level: 1 })).toBeVisible();
  await context.close();
});
