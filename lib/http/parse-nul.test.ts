import { z } from "zod";
import { describe, expect, it } from "vitest";
import { findNulCharacter, parseWith } from "./parse";

// PostgreSQL cannot store U+0000 in text: a NUL anywhere in a request (a name, a search, a key) answered 500.
describe("the NUL character", () => {
  it("is found in strings and keys at any depth, and named by its path", () => {
    expect(findNulCharacter({ name: "ok", rows: [{ item: "a\u0000b" }] })).toBe("rows.0.item");
    expect(findNulCharacter({ ["bad\u0000key"]: 1 })).toBe("(key)");
    expect(findNulCharacter("x\u0000")).toBe("(value)");
    expect(findNulCharacter({ name: "no nul here", n: 1, list: [null, true] })).toBeUndefined();
  });

  it("is refused as a 400 naming the field before the schema runs", () => {
    expect(() => parseWith(z.object({ name: z.string() }), { name: "Mine\u0000" })).toThrow(expect.objectContaining({ status: 400, fieldErrors: { name: [expect.any(String)] } }));
  });

  it("is searched without recursion, however deep the value nests", () => {
    let deep: unknown = "end";
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(findNulCharacter(deep)).toBeUndefined();
  });
});
