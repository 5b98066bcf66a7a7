import { describe, expect, it } from "vitest";
import { decimalNumber, nonNegativeNumber, percentage, period, requiredText } from "./common";

// The cell beside a bad value shows these messages as they are: they must read as plain words, never zod's
// default "Too big: expected number to be <10000000000000000".

function messageOf(schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("row field messages", () => {
  it("say in words that a number is beyond what a cost column holds", () => {
    expect(messageOf(nonNegativeNumber, 1e17)).toBe("Must be less than 10 quadrillion (10^16)");
    expect(messageOf(decimalNumber, -1e17)).toBe("Must be more than minus 10 quadrillion (-10^16)");
    expect(messageOf(nonNegativeNumber, -1)).toBe("Must not be negative");
    expect(messageOf(nonNegativeNumber, "12")).toBe("Enter a number");
  });

  it("name the range of a percentage and of a period", () => {
    expect(messageOf(percentage, 185)).toBe("Must be between 0 and 100");
    expect(messageOf(period, 1001)).toBe("Must be at most 1000");
    expect(messageOf(period, 2.5)).toBe("Enter a whole period number (0 = the first construction year)");
  });

  it("say how long a name may be instead of cutting it", () => {
    expect(messageOf(requiredText, "x".repeat(201))).toBe("At most 200 characters");
    expect(messageOf(requiredText, "   ")).toBe("Required");
    expect(requiredText.parse("  Pit A  ")).toBe("Pit A");
  });
});
