import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getDb } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { hasAnyAdmin, insertOrganisation, lockFirstAdminSetup } from "@/db/queries/first-admin";
import { insertAccount, insertMembership } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { userEmailSchema, userNameSchema } from "@/lib/validation/user";
import { issuePasswordLink, LINK_LIFETIME_MS, type IssuedLink } from "./passwords";

// The first run in production: an organisation and its first administrator on a database without any admin. The
// admin gets no password from anyone: a single-use link lets them set their own (lib/users/passwords.ts).

export const firstAdminSchema = z.object({
  organisation: z.string().trim().min(1, "Give the organisation's name").max(200, "must be at most 200 characters"),
  adminEmail: userEmailSchema,
  adminName: userNameSchema.optional(),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export type FirstAdmin = { organisationId: string; userId: string; email: string; link: IssuedLink };

/** "Acme Mining Ltd." -> "acme-mining-ltd" plus a random suffix (slugs are unique; this is the first of them). */
function slugOf(name: string): string {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 48) || "organisation";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/** "ada.lovelace@x.test" -> "Ada Lovelace": a name until the admin changes it. */
function nameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  return local.split(/[._-]+/).filter(Boolean).map((part) => part[0]?.toUpperCase() + part.slice(1)).join(" ") || email;
}

/**
 * Creates the organisation, its admin (with an unusable password) and a link to set the password, in one transaction.
 * @throws ADMIN_EXISTS (409) when any organisation already has an administrator
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<FirstAdmin> {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "The setup options are not valid", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { organisation, adminEmail } = parsed.data;
  const adminName = parsed.data.adminName ?? nameFromEmail(adminEmail);
  // Nobody knows this password: the admin sets theirs through the link.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return (await getDb()).transaction(async (tx) => {
    await lockFirstAdminSetup(tx);
    if (await hasAnyAdmin(tx)) {
      throw new AppError("ADMIN_EXISTS", "An administrator exists already: sign in as them (or ask them to invite you); setup runs only once", { status: 409 });
    }
    const organisationId = await insertOrganisation(tx, { name: organisation, slug: slugOf(organisation) });
    const userId = await insertAccount(tx, { name: adminName, email: adminEmail, passwordHash });
    await insertMembership(tx, { organisationId, userId, role: "admin" });
    const link = await issuePasswordLink(tx, { userId, purpose: "set_password", issuedBy: null, lifetimeMs: LINK_LIFETIME_MS.setup });
    await recordAudit(tx, [
      { organisationId, userId: null, action: "create", entityType: "organisation", entityId: organisationId, after: { name: organisation, by: "npm run setup" } },
      { organisationId, userId: null, action: "create", entityType: "user", entityId: userId, after: { name: adminName, email: adminEmail } },
      { organisationId, userId: null, action: "create", entityType: "membership", entityId: userId, after: { userId, email: adminEmail, role: "admin" } },
    ]);
    return { organisationId, userId, email: adminEmail, link };
  });
}

/** Whether the instance still needs `npm run setup` (the sign-in page says so). */
export async function needsFirstAdmin(): Promise<boolean> {
  return !(await hasAnyAdmin(await getDb()));
}
