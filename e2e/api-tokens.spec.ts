import { expect, request as playwrightRequest, test } from "@playwright/test";
import { invitePerson, signedIn } from "./people";
import { uniqueName } from "./project-factory";

// Personal API tokens: a person creates one on the account page, a script uses it with no cookie at all (allowed
// calls succeed, a call above the token's role is 403, a token cannot mint tokens), and once it is revoked on the
// page the script is refused with 401. The person is a project manager of their own (invited by the demo admin,
// e2e/people.ts), so the script can create and delete a project of its own without touching the demo data.

test("as a project manager, I create an API token, a script uses it without cookies, and after I revoke it the script is refused", async ({ browser, baseURL }) => {
  // An invitation read from the mail server, two sign-ins and a dozen API calls: more than the default limit on CI.
  test.slow();
  const person = await invitePerson(browser, "project_manager", "Tess Token");
  const { context, page } = await signedIn(browser, person.email, person.password);
  const me = (await (await page.request.get("/api/me")).json()) as { user: { activeOrganisation: { id: string } } };
  const organisationId = me.user.activeOrganisation.id;
  await page.goto("/account");
  const section = page.getByRole("region", { name: "API tokens" });
  await expect(section.getByRole("heading", { name: "API tokens", level: 2 })).toBeVisible();
  // The role choice stops at the person's own role.
  const role = section.getByLabel("Role");
  await expect(role.getByRole("option")).toHaveText(["Viewer", "Analyst", "Project manager"]);

  const tokenName = uniqueName("Nightly script");
  await section.getByLabel("Name").fill(tokenName);
  await role.selectOption("project_manager");
  await section.getByLabel("Expires in (days)").fill("7");
  await section.getByRole("button", { name: "Create token" }).click();
  await expect(section.getByRole("heading", { name: `Token “${tokenName}” created` })).toBeFocused();
  const token = await section.getByLabel("Your new API token").inputValue();
  expect(token).toMatch(/^cmt_[A-Za-z0-9_-]{43}$/);
  await expect(section.locator("pre")).toContainText(`curl -H "Authorization: Bearer ${token}"`);
  const tokens = section.getByRole("table", { name: "Your API tokens (1)" });
  await expect(tokens.getByRole("row", { name: new RegExp(tokenName) })).toContainText(token.slice(0, 12));
  await page.screenshot({ path: "test-results/screens/account-api-tokens.png", fullPage: true });
  await section.getByRole("button", { name: "Done, I have copied it" }).click();
  await expect(section.getByLabel("Your new API token")).toHaveCount(0);

  // The script: no cookies, only the token.
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  expect((await script.storageState()).cookies).toEqual([]);
  expect((await script.get("/api/projects")).status()).toBe(200);
  const created = await script.post("/api/projects", {
    data: { name: uniqueName("Token project"), operationType: "open_pit", primaryCommodity: "copper", currency: "USD", defaultDiscountRatePct: 8, location: "E2E" },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string } };
  expect((await script.delete(`/api/projects/${project.id}`)).status()).toBe(204);
  // Above the token's role: the organisation's members are for admins.
  expect((await script.get(`/api/organisations/${organisationId}/users`)).status()).toBe(403);
  const minted = await script.post("/api/me/tokens", { data: { name: "Minted by a token", role: "viewer" } });
  expect(minted.status()).toBe(403);
  expect(await minted.json()).toMatchObject({ error: { code: "SESSION_REQUIRED" } });

  await page.reload();
  await expect(tokens.getByRole("row", { name: new RegExp(tokenName) })).not.toContainText("Never");
  await tokens.getByRole("button", { name: `Revoke token ${tokenName}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(section.getByText("You have no API tokens in this organisation.")).toBeVisible();

  const refused = await script.get("/api/projects");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  await script.dispose();
  await context.close();
});
