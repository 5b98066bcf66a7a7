// A request body read under a size cap: refused from Content-Length before a byte is read, and counted while
// streaming, so a chunked body (no Content-Length) or one that lies about its length stops at the cap instead of
// being buffered whole (the shipped nginx caps bodies too, but the app must not rely on what is in front of it).

/**
 * The body's bytes, at most `capBytes`.
 * @param tooLarge - the error to throw when the body is (or declares itself) larger than the cap
 * @returns an empty array when the request has no body
 */
export async function readBodyCapped(request: Request, capBytes: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > capBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > capBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
