import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";

test("as a keyboard user, I can skip the navigation straight to the page content", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn("viewer@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("as a signed-in viewer, I am told that the admin pages are for administrators", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto("/sign-in?callbackUrl=%2Fadmin");
  await signIn.signIn("viewer@calminer.local", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
});
