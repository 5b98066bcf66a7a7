import { describe, expect, it } from "vitest";
import { hashSecret, issueSecret } from "./secret-tokens";

describe("issued secrets", () => {
  it("are unguessable, prefixed, and stored only as a digest that finds them again", () => {
    const first = issueSecret("cmt_");
    const second = issueSecret("cmt_");
    expect(first.token).toMatch(/^cmt_[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).not.toContain(first.token.slice(4));
    expect(hashSecret(first.token)).toBe(first.hash);
    expect(hashSecret(second.token)).not.toBe(first.hash);
  });
});
