import { deserialize, serialize } from "node:v8";
import type { ChunkPartial } from "@/lib/engine/monte-carlo";

// Chunk partials cross processes and machines through simulation_chunks.partial (bytea). node:v8's structured
// serialisation keeps Float64Arrays, Maps (sketch buckets), NaN and ±Infinity exactly. Every worker of one
// deployment runs the same Node version, and v8 reads older serialisation versions.

export function encodePartials(partials: readonly ChunkPartial[]): Buffer {
  return serialize(partials);
}

export function decodePartials(bytes: Uint8Array): ChunkPartial[] {
  return deserialize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as ChunkPartial[];
}
