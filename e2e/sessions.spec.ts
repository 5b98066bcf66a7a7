import { expect, test, type BrowserContext } from "@playwright/test";
import { invitePerson, signedIn } from "./people";

// Sessions that end: signing out ends the session itself (a copied cookie stops working), and a person can see where
// they are signed in and sign out other devices or everywhere. Each test uses an account of its own (invited by the
// demo admin, e2e/people.ts), so that signing out everywhere cannot end another test's session.

async function meStatus(context: BrowserContext): Promise<number> {
  return (await context.request.get("/api/me")).status();
}

test("when I sign out, a copy of my session cookie taken before is refused", async ({ browser }) => {
  const person = await invitePerson(browser, "analyst", "Sam Session");
  const { context, page } = await signedIn(browser, person.email, person.password);
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
  const person = await invitePerson(browser, "analyst", "Sam Session");
  const laptop = await signedIn(browser, person.email, person.password);
  const phone = await signedIn(browser, person.email, person.password);

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
