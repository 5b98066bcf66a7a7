import { LRUCache } from "lru-cache";

const HEADERS = { "content-type": "application/json", "cache-control": "private, no-store" };

// The UTF-8 bytes of recent cached bodies, keyed by the JSON text itself: a cached dashboard comes back as the same
// string object (lib/cache/local-copies.ts), whose hash V8 keeps, so the lookup does not read the text again.
// A Response made from a string encodes it into a new buffer on every request (~150 kB for an operations dashboard,
// thousands of times a second, which kept the garbage collector busy); a stream of one shared buffer does not.
const MAX_ENCODED_BYTES = 32 * 1024 * 1024;
const encodedBodies = new LRUCache<string, Uint8Array>({
  maxSize: MAX_ENCODED_BYTES,
  sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
});

function encodedBody(json: string): Uint8Array {
  let bytes = encodedBodies.get(json);
  if (!bytes) {
    bytes = new TextEncoder().encode(json);
    encodedBodies.set(json, bytes);
  }
  return bytes;
}

/** A JSON body already serialised (a cached dashboard), answered as is; per-user data, so never stored by proxies. */
export function jsonResponse(json: string): Response {
  const bytes = encodedBody(json);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new Response(body, { headers: HEADERS });
}
