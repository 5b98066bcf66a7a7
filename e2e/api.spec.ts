import { expect, test } from "@playwright/test";
import { DEMO_ORGANISATION_NAME, DEMO_PASSWORD, SignInPage } from "./fixtures";

test.describe("GET /api/me", () => {
  test("as a signed-out client, I get a 401 JSON error, not a redirect", async ({ request }) => {
    const response = await request.get("/api/me", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
  });

  test("as a signed-in analyst, I get my user and my memberships", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("analyst@calminer.local", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);

    const response = await page.request.get("/api/me");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { user: Record<string, unknown> };
    expect(body.user).toMatchObject({
      email: "analyst@calminer.local",
      name: "Ana Lyst",
      activeOrganisation: { name: DEMO_ORGANISATION_NAME, role: "analyst" },
      memberships: [{ organisationName: DEMO_ORGANISATION_NAME, role: "analyst" }],
    });
  });
});
