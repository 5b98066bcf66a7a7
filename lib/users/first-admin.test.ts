import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { useTestDb } from "@/tests/support/db";
import { createFirstAdmin, needsFirstAdmin } from "./first-admin";
import { describePasswordLink, setPasswordWithLink } from "./passwords";

// The first run needs a database without any administrator: this file always uses a private embedded database (the
// shared test PostgreSQL has other files' admins).
vi.hoisted(() => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
});
const getDb = useTestDb();
const run = promisify(execFile);

describe("the first administrator", () => {
  it("is created once, with a link to set their own password, after which they can sign in", async () => {
    expect(await needsFirstAdmin()).toBe(true);
    const admin = await createFirstAdmin({ organisation: "Acme Mining", adminEmail: " Ada.Lovelace@Acme.Example " });
    expect(admin.email).toBe("ada.lovelace@acme.example");
    expect(await needsFirstAdmin()).toBe(false);
    await expect(createFirstAdmin({ organisation: "Second", adminEmail: "someone@acme.example" })).rejects.toMatchObject({ code: "ADMIN_EXISTS", status: 409 });

    const token = new URL(admin.link.url).searchParams.get("token") ?? "";
    expect(await describePasswordLink(token)).toEqual({ email: admin.email, name: "Ada Lovelace", purpose: "set_password" });
    const signIn = async (password: string) => authorizeCredentials(await getDb(), { email: admin.email, password }, { clientAddress: "198.51.100.9", wait: async () => {} });
    await setPasswordWithLink({ token, password: "first light over the pit 9" });
    expect(await signIn("first light over the pit 9")).toMatchObject({ ok: true, user: { email: admin.email } });
  });

  it("refuses invalid options with the field named", async () => {
    await expect(createFirstAdmin({ organisation: " ", adminEmail: "not an email" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fieldErrors: { organisation: [expect.any(String)], adminEmail: [expect.any(String)] },
    });
  });
});

describe("npm run setup (the shipped command, in a child process)", () => {
  it("prints the link, then refuses a second run with exit code 1", { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "calminer-setup-"));
    const env = { ...process.env, APP_ENV: "production", ALLOW_EMBEDDED_DB: "true", AUTH_SECRET: "x".repeat(32), DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, APP_BASE_URL: "https://plan.acme.example" };
    const setup = (email: string) => run("npx", ["tsx", "lib/users/setup-cli.ts", "--organisation", "Acme Mining", "--admin-email", email], { env });
    try {
      const first = await setup("ada@acme.example");
      expect(first.stdout).toMatch(/https:\/\/plan\.acme\.example\/set-password\?token=pwl_[A-Za-z0-9_-]{43}/);
      await expect(setup("bob@acme.example")).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/administrator exists already/) });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
