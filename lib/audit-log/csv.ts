import { getDb } from "@/db";
import { getOrganisationSlug, listAuditLogBatch, type AuditLogCursor } from "@/db/queries/audit-log";
import { notFound } from "@/lib/errors";
import { toCsvLine, type OutCell } from "@/lib/import-export/csv-write";
import type { AuditLogFilter } from "@/lib/validation/audit-log";
import { summariseChanges } from "./diff";
import { toAuditLogEntry, type AuditLogEntry } from "./entry";

// The filtered audit log as a CSV download of any length: read in keyset batches as the client pulls, so memory
// stays one batch whatever the size of the log. Cells follow RFC 4180 and start with an apostrophe when a
// spreadsheet would run them as a formula (lib/import-export/csv-write.ts); the UTF-8 BOM makes Excel read the
// accents of names right.

/** Rows per query: large enough to keep round trips few, small enough that a batch is a few hundred kB. */
export const AUDIT_CSV_BATCH_ROWS = 500;

export const AUDIT_CSV_HEADER = [
  "Time (UTC)",
  "Actor name",
  "Actor email",
  "Action",
  "Record kind",
  "Record id",
  "Record name",
  "Changes",
  "Before",
  "After",
] as const;

/** One CSV record of an entry (actions and kinds as their stable codes, for filtering in a spreadsheet). */
export function auditCsvCells(entry: AuditLogEntry): OutCell[] {
  return [
    entry.createdAt.toISOString(),
    entry.actor?.name ?? (entry.actorKind === "unknown" ? "Unknown person" : "System"),
    entry.actor?.email ?? "",
    entry.action,
    entry.entityType,
    entry.entityId ?? "",
    entry.recordName ?? "",
    summariseChanges(entry.changes),
    entry.before ? JSON.stringify(entry.before) : "",
    entry.after ? JSON.stringify(entry.after) : "",
  ];
}

type BatchReader = (cursor: AuditLogCursor | undefined) => Promise<{ rows: AuditLogEntry[]; next: AuditLogCursor | undefined }>;

/** A CSV stream (BOM, header, then one line per entry) that reads the next batch only when the client wants it. */
export function auditCsvStream(readBatch: BatchReader): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: AuditLogCursor | undefined;
  let isStarted = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isStarted) {
        isStarted = true;
        controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(AUDIT_CSV_HEADER)}`));
        return;
      }
      const { rows, next } = await readBatch(cursor);
      if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((entry) => toCsvLine(auditCsvCells(entry))).join("")));
      cursor = next;
      if (!next) controller.close();
    },
  });
}

/**
 * The organisation's filtered audit log as a CSV stream and its file name ("audit-log-<slug>-<YYYY-MM-DD>.csv",
 * the UTC day of the export).
 * @throws AppError NOT_FOUND when the organisation does not exist
 */
export async function auditLogCsv(
  { organisationId, filter, now = new Date() }: { organisationId: string; filter: AuditLogFilter; now?: Date },
): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  const db = await getDb();
  const slug = await getOrganisationSlug(db, { organisationId });
  if (!slug) throw notFound("Organisation");
  const stream = auditCsvStream(async (cursor) => {
    const batch = await listAuditLogBatch(db, { organisationId, filter, cursor, limit: AUDIT_CSV_BATCH_ROWS });
    return { rows: batch.rows.map(toAuditLogEntry), next: batch.next };
  });
  return { fileName: `audit-log-${slug}-${now.toISOString().slice(0, 10)}.csv`, stream };
}
