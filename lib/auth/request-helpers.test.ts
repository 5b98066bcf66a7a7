import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";
import { getClientAddress } from "./client-address";
import { signInErrorMessage } from "./sign-in-messages";

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

describe("signInErrorMessage", () => {
  it("gives the same message for every refused credential and the wait for a throttled one", () => {
    expect(signInErrorMessage("CredentialsSignin", "credentials")).toBe("Invalid email or password");
    expect(signInErrorMessage("CredentialsSignin", "throttled_12")).toBe("Too many sign-in attempts, try again in 12 minutes.");
    expect(signInErrorMessage("CredentialsSignin", "throttled_1")).toBe("Too many sign-in attempts, try again in 1 minute.");
    expect(signInErrorMessage("Configuration", undefined)).toBe("Signing in failed. Please try again.");
  });
});
