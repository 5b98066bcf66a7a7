import { describe, expect, it } from "vitest";
import { createLocalCopies } from "./local-copies";

describe("in-process copies of versioned values", () => {
  it("keeps a value per era: a copy from an earlier era is never returned", () => {
    const copies = createLocalCopies();
    copies.set("1", "dash:v0:k", "before");
    expect(copies.get("1", "dash:v0:k")).toBe("before");
    expect(copies.get("2", "dash:v0:k")).toBeUndefined();
  });

  it("keeps nothing larger than its memory budget, and evicts the least recent beyond it", () => {
    const copies = createLocalCopies({ maxBytes: 1_000 });
    copies.set("0", "huge", "x".repeat(600));
    expect(copies.get("0", "huge")).toBeUndefined();
    copies.set("0", "a", "x".repeat(200));
    copies.set("0", "b", "x".repeat(200));
    copies.set("0", "c", "x".repeat(200));
    expect(copies.get("0", "a")).toBeUndefined();
    expect(copies.get("0", "c")).toHaveLength(200);
  });
});
