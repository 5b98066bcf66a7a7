import { describe, expect, it } from "vitest";
import { diffRecords, formatCompactValue, REDACTED, redactSecrets, summariseChanges } from "./diff";

describe("diffRecords", () => {
  it("lists added, removed and changed fields and leaves equal ones out", () => {
    const before = { name: "Pit A", role: "viewer", closureYear: 2040, tags: ["a", "b"] };
    const after = { name: "Pit A", role: "admin", location: "Chile", tags: ["a", "b"] };
    expect(diffRecords(before, after)).toEqual([
      { field: "role", kind: "changed", before: "viewer", after: "admin" },
      { field: "closureYear", kind: "removed", before: "2040" },
      { field: "location", kind: "added", after: "Chile" },
    ]);
  });

  it("treats a missing side as empty: a creation adds every field, a deletion removes every field", () => {
    expect(diffRecords(null, { name: "New" })).toEqual([{ field: "name", kind: "added", after: "New" }]);
    expect(diffRecords({ name: "Old" }, null)).toEqual([{ field: "name", kind: "removed", before: "Old" }]);
    expect(diffRecords(null, null)).toEqual([]);
  });

  it("compares nested values deeply, whatever the key order, and shows them as compact JSON", () => {
    expect(diffRecords({ settings: { a: 1, b: [1, 2] } }, { settings: { b: [1, 2], a: 1 } })).toEqual([]);
    expect(diffRecords({ settings: { a: 1 } }, { settings: { a: 2 } })).toEqual([
      { field: "settings", kind: "changed", before: '{"a":1}', after: '{"a":2}' },
    ]);
    expect(diffRecords({ value: null }, { value: 0 })).toEqual([{ field: "value", kind: "changed", before: "none", after: "0" }]);
  });

  it("shows a changed secret as a change without its values, and redacts secrets nested in other fields", () => {
    const changes = diffRecords(
      { passwordHash: "$argon2id$old", profile: { name: "A" } },
      { passwordHash: "$argon2id$new", profile: { name: "A", apiToken: "cm_live_123" } },
    );
    expect(changes).toEqual([
      { field: "passwordHash", kind: "changed", before: REDACTED, after: REDACTED },
      { field: "profile", kind: "changed", before: '{"name":"A"}', after: `{"name":"A","apiToken":"${REDACTED}"}` },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/argon2id|cm_live/);
  });
});

describe("redactSecrets", () => {
  it("replaces every key that looks like a secret, at any depth and inside arrays, and keeps the rest", () => {
    const value = { name: "x", Password: "p", tokenHash: "h", clientSecret: "s", list: [{ resetToken: "t", ok: 1 }], when: null };
    expect(redactSecrets(value)).toEqual({
      name: "x",
      Password: REDACTED,
      tokenHash: REDACTED,
      clientSecret: REDACTED,
      list: [{ resetToken: REDACTED, ok: 1 }],
      when: null,
    });
  });
});

describe("formatCompactValue and summariseChanges", () => {
  it("cuts long values to 80 characters with an ellipsis", () => {
    const text = formatCompactValue({ notes: "x".repeat(200) });
    expect(text).toHaveLength(80);
    expect(text.endsWith("…")).toBe(true);
  });

  it("writes the changes on one line in words", () => {
    const line = summariseChanges(diffRecords({ role: "viewer", old: 1 }, { role: "admin", name: "Nia" }));
    expect(line).toBe("role: viewer → admin; removed old: 1; added name: Nia");
  });
});
