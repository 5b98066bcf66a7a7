import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, projects } from "@/db/schema";

/** A valid body of POST /api/projects. */
export function newProjectBody(name: string): Record<string, unknown> {
  return { name, location: "Antofagasta", operationType: "open_pit", primaryCommodity: "Copper", currency: "USD", defaultDiscountRatePct: 8 };
}

/**
 * The organisation's projects among `names`, each with the number of audit rows recording its creation: a write
 * that is whole has exactly one (the audit row commits or rolls back with the project, lib/writes).
 */
export async function projectCreationsByName(db: Db, { organisationId, names }: { organisationId: string; names: readonly string[] }): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .select({ name: projects.name, auditRows: count(auditLog.id) })
    .from(projects)
    .leftJoin(auditLog, and(eq(auditLog.entityId, projects.id), eq(auditLog.entityType, "project"), eq(auditLog.action, "create")))
    .where(and(eq(projects.organisationId, organisationId), inArray(projects.name, [...names])))
    .groupBy(projects.id, projects.name);
  return new Map(rows.map((row) => [row.name, Number(row.auditRows)]));
}
