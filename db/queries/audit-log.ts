import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AuditAction } from "@/lib/domain/audit";
import type { DbOrTx } from "../client";
import { auditLog, memberships, organisations, users } from "../schema";

// Reading an organisation's audit log: one page for the admin page and the JSON API, and keyset batches for the
// CSV export. Every read is scoped by the organisation first; a filter (a person, a kind of record) only narrows
// it, so another organisation's rows never appear, whatever ids the caller sends.

type Scope = { organisationId: string };

export type AuditLogFilterInput = {
  /** The acting person. */
  userId?: string;
  entityType?: string;
  action?: AuditAction;
  /** First and last UTC day included, YYYY-MM-DD. */
  from?: string;
  to?: string;
};

export type AuditLogRow = {
  id: string;
  createdAt: Date;
  userId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  /** The account's name when the row is about a user or a membership (its entityId is the user's id). */
  subjectName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * Where a keyset batch resumes: the last row's created_at as PostgreSQL's own text (microseconds kept; a JS Date
 * would round to milliseconds and skip or repeat rows of one millisecond) and its id, the tie-breaker.
 */
export type AuditLogCursor = { createdAt: string; id: string };

const ACCOUNT_ENTITY_TYPES = ["user", "membership"];
const actor = alias(users, "actor");
const subject = alias(users, "subject");

const rowColumns = {
  id: auditLog.id,
  createdAt: auditLog.createdAt,
  userId: auditLog.userId,
  actorName: actor.name,
  actorEmail: actor.email,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  subjectName: subject.name,
  before: auditLog.before,
  after: auditLog.after,
  cursorAt: sql<string>`${auditLog.createdAt}::text`,
};

function withoutCursor({ cursorAt: _cursorAt, ...row }: AuditLogRow & { cursorAt: string }): AuditLogRow {
  return row;
}

const MS_PER_DAY = 86_400_000;

function startOfUtcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function filterWhere(organisationId: string, filter: AuditLogFilterInput): SQL | undefined {
  return and(
    eq(auditLog.organisationId, organisationId),
    filter.userId ? eq(auditLog.userId, filter.userId) : undefined,
    filter.entityType ? eq(auditLog.entityType, filter.entityType) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.createdAt, startOfUtcDay(filter.from)) : undefined,
    // "to" is inclusive: everything before the next day's midnight.
    filter.to ? lt(auditLog.createdAt, new Date(startOfUtcDay(filter.to).getTime() + MS_PER_DAY)) : undefined,
  );
}

/** The joined rows, newest first (id breaks ties: rows of one transaction share its timestamp). */
function selectRows(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(rowColumns)
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.userId))
    .leftJoin(subject, and(eq(subject.id, auditLog.entityId), inArray(auditLog.entityType, ACCOUNT_ENTITY_TYPES)))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

/** One page of the organisation's log, filtered, newest first, with the number of rows matching. */
export async function listAuditLog(
  db: DbOrTx,
  { organisationId, filter, page, pageSize }: Scope & { filter: AuditLogFilterInput; page: number; pageSize: number },
): Promise<{ rows: AuditLogRow[]; total: number }> {
  const where = filterWhere(organisationId, filter);
  const [rows, [totals]] = await Promise.all([
    selectRows(db, where).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows: rows.map(withoutCursor), total: totals?.total ?? 0 };
}

/**
 * The next `limit` rows of the filtered log after `cursor` (from the newest when there is none), for exports of
 * any size: a keyset on (created_at, id) reads each batch from where the last ended, where OFFSET would rescan.
 * @returns the rows and the cursor of the batch after them (undefined at the end)
 */
export async function listAuditLogBatch(
  db: DbOrTx,
  { organisationId, filter, cursor, limit }: Scope & { filter: AuditLogFilterInput; cursor?: AuditLogCursor; limit: number },
): Promise<{ rows: AuditLogRow[]; next: AuditLogCursor | undefined }> {
  const afterCursor = cursor
    ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
  const found = await selectRows(db, and(filterWhere(organisationId, filter), afterCursor)).limit(limit);
  const last = found.at(-1);
  const next = found.length === limit && last ? { createdAt: last.cursorAt, id: last.id } : undefined;
  return { rows: found.map(withoutCursor), next };
}

/** The organisation's members by name, for the person filter. */
export async function listAuditPeople(db: DbOrTx, { organisationId }: Scope): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name), asc(users.email));
}

/** The organisation's slug (for the export's file name), or undefined when there is no such organisation. */
export async function getOrganisationSlug(db: DbOrTx, { organisationId }: Scope): Promise<string | undefined> {
  const [row] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return row?.slug;
}
