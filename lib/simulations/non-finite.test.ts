import { describe, expect, it } from "vitest";
import { decodeNonFinite, encodeNonFinite } from "./non-finite";

describe("non-finite numbers through JSON", () => {
  it("encodes NaN and ±Infinity as null with their paths, and decodes them back exactly", () => {
    const value = { mean: Number.NaN, list: [1, Number.POSITIVE_INFINITY, { low: Number.NEGATIVE_INFINITY }], keep: null, name: "x" };
    const { value: encoded, nonFinite } = encodeNonFinite(value);
    expect(JSON.parse(JSON.stringify(encoded))).toEqual({ mean: null, list: [1, null, { low: null }], keep: null, name: "x" });
    expect(nonFinite).toEqual({ mean: "NaN", "list.1": "Infinity", "list.2.low": "-Infinity" });
    const decoded = decodeNonFinite<typeof value>(JSON.parse(JSON.stringify(encoded)), nonFinite);
    expect(Object.is(decoded.mean, Number.NaN)).toBe(true);
    expect(decoded.list).toEqual([1, Number.POSITIVE_INFINITY, { low: Number.NEGATIVE_INFINITY }]);
    expect(decoded.keep).toBeNull();
  });
});
