import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit, type AuditEntry } from "@/db/queries/audit";
import { organisations } from "@/db/schema";
import { AUDIT_CSV_BATCH_ROWS, AUDIT_CSV_HEADER } from "@/lib/audit-log/csv";
import { useTestDb } from "@/tests/support/db";
import { createWorld } from "@/tests/support/users-world";
import { GET } from "./route";

// The CSV export through the real route and database: the filtered rows of the organisation only, every one of
// them across batch boundaries, as an attachment named after the organisation and the day.

const getDb = useTestDb();
beforeAll(async () => {
  await getDb();
});

async function download(organisationId: string, cookie: string | undefined, query = "") {
  const request = new Request(`http://localhost:3000/x${query}`, { headers: cookie ? { cookie } : {} });
  const response = await GET(request, { params: Promise.resolve({ organisationId }) });
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, text, lines: text.replace(/^\uFEFF/, "").split("\r\n").slice(0, -1) };
}

async function worldWithSlug() {
  const db = await getDb();
  const world = await createWorld(db);
  const [organisation] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, world.organisationId));
  return { db, world, slug: organisation?.slug ?? "", cookie: await world.cookieOf("admin") };
}

describe("GET /api/organisations/{organisationId}/audit.csv", () => {
  it("downloads the filtered rows as a UTF-8 CSV attachment with a BOM, a header and disarmed formulas", async () => {
    const { db, world, slug, cookie } = await worldWithSlug();
    const project = (name: string): AuditEntry => ({
      organisationId: world.organisationId,
      userId: world.userIds.project_manager,
      action: "update",
      entityType: "project",
      entityId: crypto.randomUUID(),
      before: { name: "Old" },
      after: { name },
    });
    await recordAudit(db, [project("=HYPERLINK(\"http://evil.example\")"), project("Pit, \"North\"")]);
    await recordAudit(db, { organisationId: world.organisationId, userId: world.userIds.admin, action: "role_change", entityType: "membership", entityId: world.target.id });
    await recordAudit(db, { ...project("Foreign"), organisationId: world.foreignOrganisationId, userId: world.foreignAdminId });

    const before = new Date().toISOString().slice(0, 10);
    const { response, text, lines } = await download(world.organisationId, cookie, "?entityType=project");
    const after = new Date().toISOString().slice(0, 10);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect([before, after].map((day) => `attachment; filename="audit-log-${slug}-${day}.csv"`)).toContain(disposition);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines).toHaveLength(3);
    expect(text).not.toContain("Foreign");
    expect(text).not.toContain("role_change");
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(text).toContain(`,"Pit, ""North""",`);
    expect(lines.slice(1).every((line) => line.includes(",update,project,"))).toBe(true);
  });

  it("exports every row of a log longer than one batch exactly once, rows of one instant included", async () => {
    const { db, world, cookie } = await worldWithSlug();
    const count = AUDIT_CSV_BATCH_ROWS * 2 + 7;
    // One insert: every row gets the same created_at, so only the id keeps the batches apart.
    const rows: AuditEntry[] = Array.from({ length: count }, () => ({
      organisationId: world.organisationId,
      userId: world.userIds.admin,
      action: "update",
      entityType: "scenario",
      entityId: crypto.randomUUID(),
    }));
    await recordAudit(db, rows);
    const { lines } = await download(world.organisationId, cookie, `?userId=${world.userIds.admin}`);
    const recordIds = lines.slice(1).map((line) => line.split(",")[5]);
    expect(recordIds).toHaveLength(count);
    expect(new Set(recordIds)).toEqual(new Set(rows.map((row) => row.entityId)));
  });

  it("refuses a range that ends before it starts", async () => {
    const { world, cookie } = await worldWithSlug();
    const { response, text } = await download(world.organisationId, cookie, "?from=2026-03-02&to=2026-03-01");
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { fieldErrors: { to: [expect.any(String)] } } });
  });
});
