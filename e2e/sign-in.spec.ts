import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_ORGANISATION_NAME, DEMO_PASSWORD, DEMO_PROJECT_NAME, SignInPage } from "./fixtures";

test.describe("Signing in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`as ${account.role}, I sign in and see my organisation's projects, with Admin ${account.isAdmin ? "shown" : "hidden"}`, async ({ page }) => {
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signIn(account.email, DEMO_PASSWORD);

      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
      await expect(page.getByText(`Projects, scenarios and simulation runs of ${DEMO_ORGANISATION_NAME}`)).toBeVisible();
      const projects = page.getByRole("list", { name: "Projects" });
      await expect(projects.getByRole("heading", { name: DEMO_PROJECT_NAME })).toBeVisible();

      const nav = page.getByRole("navigation", { name: "Main" });
      for (const label of ["Dashboard", "Projects", "Simulations", "Operations", "Reports"]) {
        await expect(nav.getByRole("link", { name: label })).toBeVisible();
      }
      await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(account.isAdmin ? 1 : 0);
      // The header's user menu names the user (the dashboard's activity list may name them too).
      await expect(page.getByRole("banner").getByText(account.name, { exact: true })).toBeVisible();
    });
  }

  test("with a wrong password, I see an error and stay signed out", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("analyst@calminer.local", "not-the-password");

    // Next's route announcer is an (empty) alert too: pick ours by its text.
    await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue("analyst@calminer.local");
    const me = await page.request.get("/api/me");
    expect(me.status()).toBe(401);
  });

  test("after too many failed attempts for one email, I am told how long to wait", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    // An address nobody else uses in this run, so other tests are not throttled.
    const email = `locked-out-${Date.now()}@calminer.local`;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signIn.signIn(email, `wrong-${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password" })).toBeVisible();
      // React resets the form once the answer is rendered, after the response arrived: typing the next attempt
      // before that reset lands would see the password wiped (seen in CI).
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    await signIn.signIn(email, "wrong-6");
    await expect(page.getByRole("alert").filter({ hasText: /^Too many sign-in attempts, try again in 1[45] minutes\.$/ })).toBeVisible();
  });

  test("when Auth.js sends me back to sign in with an error, I see what went wrong", async ({ page }) => {
    await page.goto("/sign-in?error=CredentialsSignin&code=throttled_3");
    await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in attempts, try again in 3 minutes." })).toBeVisible();
  });

  test("when I open the dashboard signed out, I am sent to sign in and brought back afterwards", async ({ page }) => {
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprojects$/);
    await new SignInPage(page).signIn("viewer@calminer.local", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();

    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  });

  test("when I sign out, I am back on the sign-in page and my pages are closed to me", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("pm@calminer.local", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.getByRole("banner").getByText("Pat Manager", { exact: true }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    expect((await page.request.get("/api/me")).status()).toBe(401);
  });
});
