import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { uniqueName } from "./project-factory";

// Sessions that end: signing out ends the session itself (a copied cookie stops working), and a person can see where
// they are signed in and sign out other devices or everywhere. Each test uses an account of its own, made by the demo
// admin, so that signing out everywhere cannot end another test's session.

const PASSWORD = "a long enough secret for e2e";

async function signedIn(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  return { context, page };
}

/** A new analyst of the demo organisation, created by the demo admin through the API. */
async function newAnalyst(browser: Browser): Promise<{ email: string; name: string }> {
  const admin = await signedIn(browser, "admin@calminer.local", DEMO_PASSWORD);
  const me = (await (await admin.page.request.get("/api/me")).json()) as { user: { activeOrganisation: { id: string } } };
  const name = uniqueName("Sam Session");
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.test`;
  const created = await admin.page.request.post(`/api/organisations/${me.user.activeOrganisation.id}/users`, {
    data: { name, email, role: "analyst", password: PASSWORD },
  });
  expect(created.status()).toBe(201);
  await admin.context.close();
  return { email, name };
}

async function meStatus(context: BrowserContext): Promise<number> {
  return (await context.request.get("/api/me")).status();
}

test("when I sign out, a copy of my session cookie taken before is refused", async ({ browser }) => {
  const person = await newAnalyst(browser);
  const { context, page } = await signedIn(browser, person.email, PASSWORD);
  const copied = await context.cookies();
  await page.getByRole("banner").getByText(person.name, { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect(await meStatus(replay)).toBe(401);
  await replay.close();
  await context.close();
});

test("as an analyst signed in on two devices, I sign out the other one, then everywhere", async ({ browser }) => {
  const person = await newAnalyst(browser);
  const laptop = await signedIn(browser, person.email, PASSWORD);
  const phone = await signedIn(browser, person.email, PASSWORD);

  const { page } = phone;
  await page.getByRole("banner").getByText(person.name, { exact: true }).click();
  await page.getByRole("link", { name: "Your account and sessions" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  const sessions = page.getByRole("table", { name: "Signed in on 2 devices" });
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await expect(sessions.getByText("This device")).toHaveCount(1);
  await page.screenshot({ path: "test-results/screens/account-sessions.png", fullPage: true });

  await page.getByRole("button", { name: "Sign out everywhere else", exact: true }).click();
  await expect(page.getByRole("table", { name: "Signed in on 1 device" })).toBeVisible();
  expect(await meStatus(laptop.context)).toBe(401);
  expect(await meStatus(phone.context)).toBe(200);
  await laptop.page.goto("/dashboard");
  await expect(laptop.page).toHaveURL(/\/sign-in/);

  await page.getByRole("button", { name: "Sign out everywhere", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await meStatus(phone.context)).toBe(401);
  await laptop.context.close();
  await phone.context.close();
});
