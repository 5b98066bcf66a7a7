import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./fixtures";
import { latestMail, linkPathIn } from "./mailbox";
import { uniqueName } from "./project-factory";

// People of their own for tests that change an account (passwords, sessions, tokens): invited by the demo admin
// through the API, the invitation read from the e2e mail server, accepted on the invitation page. Nobody but the
// person ever chooses their password.

export type Person = { name: string; email: string; password: string };

export async function signedIn(browser: Browser, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  return { context, page };
}

/** The demo organisation's id, read by the demo admin. */
async function demoOrganisationId(page: Page): Promise<string> {
  const me = (await (await page.request.get("/api/me")).json()) as { user: { activeOrganisation: { id: string } } };
  return me.user.activeOrganisation.id;
}

/** Accepts an emailed invitation as a new account with the given name and password (a fresh browser). */
export async function acceptInvitationByEmail(browser: Browser, person: Person): Promise<void> {
  const mail = await latestMail(person.email, /invites you to/);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(linkPathIn(mail));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Join /);
  await page.getByLabel(/^Your name/).fill(person.name);
  await page.getByLabel(/^Choose a password/).fill(person.password);
  await page.getByLabel(/^Repeat the password/).fill(person.password);
  await page.getByRole("button", { name: "Create my account and join" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your account is ready" })).toBeVisible();
  await context.close();
}

/** A new member of the demo organisation with the role, invited by the demo admin and accepted by email. */
export async function invitePerson(browser: Browser, role: "viewer" | "analyst" | "project_manager" | "admin", label = "Sam Person"): Promise<Person> {
  const name = uniqueName(label);
  const person = { name, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.test`, password: `kettle magnolia ${name.slice(-6)} tailings` };
  const admin = await signedIn(browser, "admin@calminer.local", DEMO_PASSWORD);
  const invited = await admin.page.request.post(`/api/organisations/${await demoOrganisationId(admin.page)}/invitations`, { data: { email: person.email, role } });
  expect(invited.status()).toBe(201);
  await admin.context.close();
  await acceptInvitationByEmail(browser, person);
  return person;
}
