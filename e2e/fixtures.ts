import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "calminer-demo";

export type DemoAccount = { role: string; email: string; name: string; roleLabel: string; isAdmin: boolean };

/** The seeded demo accounts (db/seed.ts), one per role. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: "admin", email: "admin@calminer.local", name: "Ada Admin", roleLabel: "Admin", isAdmin: true },
  { role: "project_manager", email: "pm@calminer.local", name: "Pat Manager", roleLabel: "Project manager", isAdmin: false },
  { role: "analyst", email: "analyst@calminer.local", name: "Ana Lyst", roleLabel: "Analyst", isAdmin: false },
  { role: "viewer", email: "viewer@calminer.local", name: "Vic Viewer", roleLabel: "Viewer", isAdmin: false },
];

export const DEMO_ORGANISATION_NAME = "Demo Mining Co.";
export const DEMO_PROJECT_NAME = "Quebrada Azul Copper";

/** Page object for /sign-in. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto(path = "/sign-in"): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    // Wait for the server action's answer: React resets the form when it lands, which would wipe a field that a
    // quick follow-up attempt had already typed.
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in");
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await answered;
  }
}
