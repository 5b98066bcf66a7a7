import { describe, expect, it } from "vitest";
import * as projectsRoute from "@/app/api/projects/route";
import { readBodyCapped } from "./read-body";
import { sessionCookieFor } from "@/tests/support/api";
import { createTestOrganisation, createTestUser, useTestDb } from "@/tests/support/db";
import { DEFAULT_MAX_BODY_BYTES } from "./parse";

// A chunked body has no Content-Length: it used to be read into one string whole before the 1 MiB check, and
// before the caller was known. These bodies are produced lazily, so the test sees how much was actually read.

const CHUNK_BYTES = 64 * 1024;
const getDb = useTestDb();

/** A request whose body would be `totalBytes` long, counting what the server pulls from it. */
function lazyRequest(totalBytes: number, headers: Record<string, string> = {}) {
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += CHUNK_BYTES;
      controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(32)); // spaces: valid JSON padding
    },
  });
  const request = new Request("http://localhost:3000/api/projects", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled };
}

class TooLarge extends Error {}

describe("request bodies", () => {
  it("stop being read at the cap, without a Content-Length", async () => {
    const { request, pulled } = lazyRequest(100 * 1024 * 1024);
    await expect(readBodyCapped(request, DEFAULT_MAX_BODY_BYTES, () => new TooLarge())).rejects.toBeInstanceOf(TooLarge);
    expect(pulled.bytes).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES + 2 * CHUNK_BYTES);
  });

  it("are refused from a declared length before a byte is read", async () => {
    const { request, pulled } = lazyRequest(10 * 1024 * 1024, { "content-length": String(10 * 1024 * 1024) });
    await expect(readBodyCapped(request, DEFAULT_MAX_BODY_BYTES, () => new TooLarge())).rejects.toBeInstanceOf(TooLarge);
    expect(pulled.bytes).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it("of a caller who is not signed in are never read: 401 first", async () => {
    const { request, pulled } = lazyRequest(100 * 1024 * 1024, { "content-type": "application/json" });
    const response = await projectsRoute.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
    expect(pulled.bytes).toBeLessThanOrEqual(CHUNK_BYTES);
  });

  it("over the cap from a signed-in caller get 413 with the error envelope", async () => {
    const db = await getDb();
    const organisationId = (await createTestOrganisation(db)).id;
    const cookie = await sessionCookieFor((await createTestUser(db, { organisationId, role: "admin" })).id);
    const { request, pulled } = lazyRequest(100 * 1024 * 1024, { "content-type": "application/json", cookie });
    const response = await projectsRoute.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(pulled.bytes).toBeLessThanOrEqual(DEFAULT_MAX_BODY_BYTES + 2 * CHUNK_BYTES);
  });
});
