import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readOrCreateSecret } from "./secret";

const folder = mkdtempSync(path.join(tmpdir(), "calminer-secret-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("readOrCreateSecret", () => {
  it("generates a secret once and returns the same one afterwards", () => {
    const file = path.join(folder, "nested", "auth-secret");
    const first = readOrCreateSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readOrCreateSecret(file)).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
  });

  it("refuses a file holding a secret that is too short", () => {
    const file = path.join(folder, "short-secret");
    writeFileSync(file, "short\n");
    expect(() => readOrCreateSecret(file)).toThrow(/usable secret/);
  });
});
