import { describe, expect, it } from "vitest";
import { acceptedLanguages, resolveDecimalSeparator } from "./resolve-separator";

describe("resolveDecimalSeparator (issue #15: the server renders with the separator the browser will use)", () => {
  it("takes the stored format over the browser's language", () => {
    expect(resolveDecimalSeparator("point", "de-DE,de;q=0.9")).toBe(".");
    expect(resolveDecimalSeparator("comma", "en-GB")).toBe(",");
  });

  it("follows the most preferred language of Accept-Language when the person chose 'browser'", () => {
    expect(resolveDecimalSeparator(null, "de-DE,de;q=0.9,en;q=0.8")).toBe(",");
    expect(resolveDecimalSeparator(null, "fr-CH, fr;q=0.9, en;q=0.8")).toBe(",");
    expect(resolveDecimalSeparator(null, "en;q=0.5,de-DE;q=0.9")).toBe(",");
    expect(resolveDecimalSeparator(null, "en-US,en;q=0.9,de;q=0.8")).toBe(".");
  });

  it("falls back to a point without a usable header", () => {
    for (const header of [null, undefined, "", "*", "xx-invalid-tag-!!", "de;q=0"]) expect(resolveDecimalSeparator(null, header), String(header)).toBe(".");
  });

  it("orders languages by quality, ties by position", () => {
    expect(acceptedLanguages("da, en-GB;q=0.8, en;q=0.7, de;q=0.8")).toEqual(["da", "en-GB", "de", "en"]);
  });
});
