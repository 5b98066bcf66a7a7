import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "./client";
import { memberships, organisations, users } from "./schema";
import { type Role } from "@/lib/domain/roles";
import { seedDemoProject } from "./seed-demo-project";

export const DEMO_ORGANISATION = { name: "Demo Mining Co.", slug: "demo-mining" } as const;
/** Demo accounts, one per role; listed in the README. Development only: production never seeds them. */
export const DEMO_PASSWORD = "calminer-demo";
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "admin@calminer.local", name: "Ada Admin", role: "admin" },
  { email: "pm@calminer.local", name: "Pat Manager", role: "project_manager" },
  { email: "analyst@calminer.local", name: "Ana Lyst", role: "analyst" },
  { email: "viewer@calminer.local", name: "Vic Viewer", role: "viewer" },
];

/** Seeds the demo organisation, users and project unless the demo organisation exists. Idempotent. */
export async function seedDemoIfEmpty(db: Db, log: (line: string) => void = console.info): Promise<boolean> {
  const existing = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, DEMO_ORGANISATION.slug));
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values(DEMO_ORGANISATION).returning({ id: organisations.id });
    if (!org) throw new Error("demo organisation was not created");
    for (const demoUser of DEMO_USERS) {
      const [user] = await tx
        .insert(users)
        .values({ email: demoUser.email, name: demoUser.name, passwordHash })
        .onConflictDoUpdate({ target: users.email, set: { name: demoUser.name } })
        .returning({ id: users.id });
      if (!user) throw new Error(`demo user ${demoUser.email} was not created`);
      await tx.insert(memberships).values({ userId: user.id, organisationId: org.id, role: demoUser.role });
    }
    await seedDemoProject(tx, org.id);
  });
  log(formatDemoCredentials());
  return true;
}

export function formatDemoCredentials(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.role.padEnd(16)} ${u.email.padEnd(26)} ${DEMO_PASSWORD}`);
  return ["CalMiner demo data seeded. Sign in with:", ...rows].join("\n");
}
