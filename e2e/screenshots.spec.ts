import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";

// Not a pixel comparison: keeps screenshots of the main screens for review in test-results/screens/.
test("as an admin, I see a complete dashboard, projects table and user menu (screenshots for review)", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.screenshot({ path: "test-results/screens/sign-in.png" });
  await signIn.signIn("admin@calminer.local", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/dashboard.png", fullPage: true });
  await page.getByRole("banner").getByText("Ada Admin", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/user-menu.png" });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/projects.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/projects-narrow.png", fullPage: true });
});
