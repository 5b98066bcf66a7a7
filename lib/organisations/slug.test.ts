import { describe, expect, it } from "vitest";
import { nextFreeSlug, slugBaseOf } from "./slug";

describe("an organisation's slug", () => {
  it("is the name's letters and digits, lower-cased, accents dropped, joined by single hyphens", () => {
    expect(slugBaseOf("  Rio Verde Minería S.A.  ")).toBe("rio-verde-mineria-s-a");
    expect(slugBaseOf("Acme & Co -- 2024")).toBe("acme-co-2024");
  });

  it("has at most 48 characters and never ends in a hyphen", () => {
    const slug = slugBaseOf(`${"a".repeat(47)} b`);
    expect(slug).toBe("a".repeat(47));
  });

  it("falls back to a word when the name has no letters or digits", () => {
    expect(slugBaseOf("—")).toBe("organisation");
  });

  it("is the base when free, else one past the highest numeric suffix taken", () => {
    expect(nextFreeSlug("acme", [])).toBe("acme");
    expect(nextFreeSlug("acme", ["acme-corp"])).toBe("acme");
    expect(nextFreeSlug("acme", ["acme"])).toBe("acme-2");
    expect(nextFreeSlug("acme", ["acme", "acme-2", "acme-7", "acme-corp"])).toBe("acme-8");
  });
});
