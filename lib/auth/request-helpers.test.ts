import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";
import { getClientAddress } from "./client-address";

describe("safeCallbackPath", () => {
  it("keeps same-origin relative paths with their query", () => {
    expect(safeCallbackPath("/projects?sort=name")).toBe("/projects?sort=name");
    expect(safeCallbackPath("/dashboard")).toBe("/dashboard");
  });

  it.each([
    ["absolute URL", "https://evil.example/x"],
    ["protocol-relative", "//evil.example/x"],
    ["backslash trick", "/\\evil.example"],
    ["javascript scheme", "javascript:alert(1)"],
    ["relative without slash", "dashboard"],
    ["control character", "/\tevil"],
    ["sign-in loop", "/sign-in?callbackUrl=/x"],
    ["API route", "/api/me"],
    ["not a string", 42],
  ])("falls back to the dashboard for %s", (_label, value) => {
    expect(safeCallbackPath(value)).toBe("/dashboard");
  });
});

describe("getClientAddress", () => {
  it("takes the first hop of x-forwarded-for", () => {
    expect(getClientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }))).toBe("203.0.113.7");
  });

  it("falls back to x-real-ip, then to unknown", () => {
    expect(getClientAddress(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(getClientAddress(new Headers())).toBe("unknown");
  });
});
