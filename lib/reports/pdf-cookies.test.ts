import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { cookiesOf } = await import("./pdf");

// The PDF renderer carries the caller's cookies to the report page. Production's session cookie is `__Host-`
// prefixed: Chromium drops such a cookie unless it is Secure, and the PDF then showed the sign-in page.
describe("the renderer's cookies", () => {
  it("keep prefixed cookies Secure on the localhost origin, and the others as they are", () => {
    const cookies = cookiesOf("__Host-authjs.session-token=abc.def; calminer-organisation=org-1", "http://localhost:3000");
    expect(cookies).toEqual([
      { name: "__Host-authjs.session-token", value: "abc.def", domain: "localhost", path: "/", secure: true, httpOnly: true, sameSite: "Lax" },
      { name: "calminer-organisation", value: "org-1", domain: "localhost", path: "/", secure: false, httpOnly: true, sameSite: "Lax" },
    ]);
  });

  it("ignore an empty or malformed header", () => {
    expect(cookiesOf(null, "http://localhost:3000")).toEqual([]);
    expect(cookiesOf("no-equals-sign; ;", "http://localhost:3000")).toEqual([]);
  });
});
