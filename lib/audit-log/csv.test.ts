import { describe, expect, it } from "vitest";
import type { AuditLogCursor } from "@/db/queries/audit-log";
import { AUDIT_CSV_HEADER, auditCsvCells, auditCsvStream } from "./csv";
import type { AuditLogEntry } from "./entry";

function entry(overrides: Partial<AuditLogEntry> = {}): AuditLogEntry {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    createdAt: new Date("2026-03-01T10:00:00.123Z"),
    actorKind: "person",
    actor: { id: "00000000-0000-4000-8000-0000000000aa", name: "Ada Admin", email: "ada@example.test" },
    action: "update",
    entityType: "project",
    entityId: "00000000-0000-4000-8000-0000000000bb",
    recordName: "Pit A",
    before: { name: "Pit A" },
    after: { name: "Pit B" },
    changes: [{ field: "name", kind: "changed", before: "Pit A", after: "Pit B" }],
    ...overrides,
  };
}

/** The text with its BOM kept (Response.text() would drop it). */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** Serves the entries in batches of `size`, as listAuditLogBatch does, and counts the reads. */
function batches(entries: AuditLogEntry[], size: number) {
  const reads: (AuditLogCursor | undefined)[] = [];
  const read = async (cursor: AuditLogCursor | undefined) => {
    reads.push(cursor);
    const start = cursor ? Number(cursor.id) : 0;
    const rows = entries.slice(start, start + size);
    const end = start + rows.length;
    return { rows, next: rows.length === size ? { createdAt: "t", id: String(end) } : undefined };
  };
  return { read, reads };
}

describe("auditCsvStream", () => {
  it("starts with a UTF-8 BOM and the header, then one CRLF line per entry across batches", async () => {
    const entries = [1, 2, 3, 4, 5].map((n) => entry({ recordName: `Pit ${n}` }));
    const { read, reads } = batches(entries, 2);
    const text = await readAll(auditCsvStream(read));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines.slice(1, -1).map((line) => line.split(",")[6])).toEqual(["Pit 1", "Pit 2", "Pit 3", "Pit 4", "Pit 5"]);
    expect(lines.at(-1)).toBe("");
    expect(reads).toHaveLength(3);
  });

  it("writes only the header for an empty log", async () => {
    const { read } = batches([], 500);
    expect(await readAll(auditCsvStream(read))).toBe(`\uFEFF${AUDIT_CSV_HEADER.join(",")}\r\n`);
  });
});

describe("auditCsvCells", () => {
  it("gives the time in ISO UTC, the actor, the codes, the changes and the JSON of each side", () => {
    expect(auditCsvCells(entry())).toEqual([
      "2026-03-01T10:00:00.123Z",
      "Ada Admin",
      "ada@example.test",
      "update",
      "project",
      "00000000-0000-4000-8000-0000000000bb",
      "Pit A",
      "name: Pit A → Pit B",
      '{"name":"Pit A"}',
      '{"name":"Pit B"}',
    ]);
  });

  it("names the actor of a failed sign-in 'Unknown person' and of a row without a person 'System'", () => {
    expect(auditCsvCells(entry({ actorKind: "unknown", actor: null })).slice(1, 3)).toEqual(["Unknown person", ""]);
    expect(auditCsvCells(entry({ actorKind: "system", actor: null })).slice(1, 3)).toEqual(["System", ""]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and disarms cells a spreadsheet would run as formulas", async () => {
    const tricky = entry({
      actor: { id: "x", name: '=HYPERLINK("http://evil.example","click")', email: "+1@example.test" },
      recordName: 'Pit "North", phase 1\nand 2',
      changes: [],
      before: null,
      after: null,
    });
    const cells = ["-2+3", "@SUM(A1)", "\tTab", "\rCR"].map((name) => entry({ recordName: name, changes: [], before: null, after: null }));
    const { read } = batches([tricky, ...cells], 10);
    const lines = (await readAll(auditCsvStream(read))).slice(1).split("\r\n");
    expect(lines[1]).toBe(
      `2026-03-01T10:00:00.123Z,"'=HYPERLINK(""http://evil.example"",""click"")",'+1@example.test,update,project,00000000-0000-4000-8000-0000000000bb,"Pit ""North"", phase 1\nand 2",,,`,
    );
    const recordNames = lines.slice(2, 6).map((line) => line.split(",")[6]);
    expect(recordNames).toEqual(["'-2+3", "'@SUM(A1)", "'\tTab", `"'\rCR"`]);
  });
});
