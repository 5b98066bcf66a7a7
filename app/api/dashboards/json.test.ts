import { describe, expect, it } from "vitest";
import { jsonResponse } from "./json";

// Cached dashboards are answered from shared, already-encoded bytes (json.ts): every response must still carry
// the whole text, in UTF-8, however many times the same body is answered.
describe("answering a cached dashboard body", () => {
  it("sends the exact JSON text in UTF-8, the same on every response", async () => {
    const json = JSON.stringify({ name: "Zoë's 5 % mine — 鉱山", cost: 6297048.45 });
    const responses = [jsonResponse(json), jsonResponse(json), jsonResponse(`${json}`)];
    for (const response of responses) {
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(await response.text()).toBe(json);
    }
  });

  it("never answers one body with another's bytes", async () => {
    const first = JSON.stringify({ version: 1 });
    const second = JSON.stringify({ version: 2 });
    expect(await jsonResponse(first).text()).toBe(first);
    expect(await jsonResponse(second).text()).toBe(second);
    expect(await jsonResponse(first).text()).toBe(first);
  });
});
