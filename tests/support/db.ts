import { afterAll, beforeAll } from "vitest";
import { closeDb, getDb, type Db } from "@/db";
import { memberships, organisations, users } from "@/db/schema";
import { type Role } from "@/lib/domain/roles";

/**
 * The test file's database (migrated); closed after the file's tests. It is opened in beforeAll, whose
 * timeout (hookTimeout) allows for PGlite's start-up on a busy machine, not in the first test.
 */
export function useTestDb(): () => Promise<Db> {
  beforeAll(async () => {
    await getDb();
  });
  afterAll(async () => {
    await closeDb();
  });
  return getDb;
}

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A fresh organisation with a unique slug, so tests sharing a database never collide. */
export async function createTestOrganisation(db: Db, name = "Test Org"): Promise<{ id: string; slug: string }> {
  const slug = `test-${uniqueSuffix()}`;
  const [org] = await db.insert(organisations).values({ name, slug }).returning({ id: organisations.id });
  if (!org) throw new Error("organisation not created");
  return { id: org.id, slug };
}

/** A user with a membership in the organisation. The hash is a placeholder: use hashPassword to sign in. */
export async function createTestUser(
  db: Db,
  options: { organisationId: string; role: Role; passwordHash?: string; isActive?: boolean },
): Promise<{ id: string; email: string }> {
  const email = `user-${uniqueSuffix()}@example.test`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: `Test ${options.role}`,
      passwordHash: options.passwordHash ?? "not-a-hash",
      isActive: options.isActive ?? true,
    })
    .returning({ id: users.id });
  if (!user) throw new Error("user not created");
  await db.insert(memberships).values({ userId: user.id, organisationId: options.organisationId, role: options.role });
  return { id: user.id, email };
}
