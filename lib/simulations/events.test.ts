import { describe, expect, it } from "vitest";
import { openStreamCount, streamRunEvents, type RunState } from "./events";

// Progress streams are bounded: one shared poller per run however many follow it, a maximum lifetime, and an end as
// soon as the caller may no longer see the run. (Each stream used to poll the database twice a second on its own.)
const running: RunState = { status: "running", progress: 0.5, errorMessage: null };

function counter(state: () => RunState | undefined = () => running) {
  const calls = { count: 0 };
  return { calls, readState: async () => (calls.count += 1, state()) };
}

async function readFor(response: Response, ms: number): Promise<{ text: string; isEnded: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) {
      await reader.cancel();
      return { text, isEnded: false };
    }
    const next = await Promise.race([reader.read(), new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left))]);
    if (next === "timeout") continue;
    if (next.done) return { text, isEnded: true };
    text += decoder.decode(next.value, { stream: true });
  }
}

describe("run event streams", () => {
  it("share one poller among every stream of a run", async () => {
    const { calls, readState } = counter();
    const runId = crypto.randomUUID();
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    const streams = controllers.map((c) => streamRunEvents({ runId, readState, signal: c.signal, pollMs: 20 }));
    await Promise.all(streams.map((stream) => readFor(stream, 300)));
    controllers.forEach((c) => c.abort());
    // One poller at 20 ms over ~300 ms: about 15 reads; three pollers would have made about 45.
    expect(calls.count).toBeGreaterThan(3);
    expect(calls.count).toBeLessThan(25);
  });

  it("end after their maximum lifetime, and when the caller may no longer see the run, releasing the person's count", async () => {
    const { readState } = counter();
    const userId = crypto.randomUUID();
    const aged = await readFor(streamRunEvents({ runId: crypto.randomUUID(), readState, userId, pollMs: 20, maxLifetimeMs: 150, recheckMs: 60_000 }), 3_000);
    expect(aged).toMatchObject({ isEnded: true });
    expect(aged.text).toMatch(/event: progress/);
    const revoked = await readFor(streamRunEvents({ runId: crypto.randomUUID(), readState, userId, pollMs: 20, recheckMs: 100, isStillAllowed: async () => false }), 3_000);
    expect(revoked.isEnded).toBe(true);
    expect(openStreamCount(userId)).toBe(0);
  });

  it("send the final event once, then end", async () => {
    const { readState } = counter(() => ({ status: "succeeded", progress: 1, errorMessage: null }));
    const { text, isEnded } = await readFor(streamRunEvents({ runId: crypto.randomUUID(), readState, pollMs: 20 }), 3_000);
    expect(isEnded).toBe(true);
    expect(text.match(/event: done/g)).toHaveLength(1);
  });
});
