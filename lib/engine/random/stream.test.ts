import { describe, expect, it } from "vitest";
import { BLOCK_VARIATES, createStream, hashStreamName, nextUint32, RandomStreamError, seekStream, streamPosition } from "./stream";
import { fillUniform } from "./uniform";
import { fillNormal } from "./ziggurat";

describe("xoshiro128** core", () => {
  it("matches the reference implementation (v1.1) from state {1, 2, 3, 4}", () => {
    const s = createStream({ seed: 0, stream: 0 });
    s.s0 = 1;
    s.s1 = 2;
    s.s2 = 3;
    s.s3 = 4;
    const words = Array.from({ length: 10 }, () => nextUint32(s));
    // rand_xoshiro's reference test, produced with xoshiro128starstar.c.
    expect(words).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ]);
  });
});

describe("createStream", () => {
  it("rejects seeds and labels outside their range, naming the field", () => {
    expect(() => createStream({ seed: -1, stream: 0 })).toThrow(RandomStreamError);
    expect(() => createStream({ seed: 1.5, stream: 0 })).toThrow(/seed/);
    expect(() => createStream({ seed: 1, stream: 2 ** 32 })).toThrow(/stream/);
    expect(() => createStream({ seed: 1, stream: 0, substream: -3 })).toThrow(/substream/);
  });

  it("gives different streams for different seeds, labels and sub-streams", () => {
    const first = (seed: number, stream: number, substream: number) => {
      const out = new Float64Array(1);
      fillUniform(createStream({ seed, stream, substream }), out, 0, 1);
      return out[0];
    };
    const values = new Set([first(1, 0, 0), first(2, 0, 0), first(1, 1, 0), first(1, 0, 1), first(2 ** 40, 0, 0)]);
    expect(values.size).toBe(5);
  });

  it("hashes stream names with FNV-1a", () => {
    expect(hashStreamName("")).toBe(0x811c9dc5);
    expect(hashStreamName("a")).toBe(0xe40c292c);
  });
});

describe.each([
  ["uniform", fillUniform],
  ["normal", fillNormal],
] as const)("%s fills are independent of chunking", (_name, fill) => {
  const total = 3 * BLOCK_VARIATES + 123;
  const whole = new Float64Array(total);
  fill(createStream({ seed: 99, stream: 5, substream: 2 }), whole, 0, total);

  it.each([1000, 7, 4096, 5000])("in sequential chunks of %i", (chunk) => {
    const s = createStream({ seed: 99, stream: 5, substream: 2 });
    const pieces = new Float64Array(total);
    for (let start = 0; start < total; start += chunk) fill(s, pieces, start, Math.min(chunk, total - start));
    expect(pieces).toEqual(whole);
  });

  it.each([0, 1, 4095, 4096, 4097, 9000])("after seeking directly to %i", (position) => {
    const s = createStream({ seed: 99, stream: 5, substream: 2 });
    seekStream(s, position);
    expect(streamPosition(s)).toBe(position);
    const part = new Float64Array(total - position);
    fill(s, part, 0, part.length);
    expect(part).toEqual(whole.subarray(position));
    expect(streamPosition(s)).toBe(total);
  });
});
