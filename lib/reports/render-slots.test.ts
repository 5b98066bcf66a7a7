import { describe, expect, it } from "vitest";
import { RenderSlots } from "./render-slots";

// The PDF renderer's admission: a bounded number of renders and of waiters, a bounded wait, and a slot given back
// whatever the render does (two failed launches once left every later PDF request waiting forever).
function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("render slots", () => {
  it("give the slot back when the work throws, so failures never use up the renderer", async () => {
    const slots = new RenderSlots(() => ({ concurrency: 2, maxWaiting: 0, maxWaitMs: 1000 }));
    for (let i = 0; i < 5; i += 1) await expect(slots.withSlot(() => Promise.reject(new Error("chromium failed to start")))).rejects.toThrow("chromium");
    expect(slots.usage).toEqual({ active: 0, waiting: 0 });
  });

  it("queue at most maxWaiting and answer the rest 503 with Retry-After; waiters run in turn", async () => {
    const slots = new RenderSlots(() => ({ concurrency: 1, maxWaiting: 1, maxWaitMs: 5000 }));
    const gate = deferred();
    const order: string[] = [];
    const first = slots.withSlot(async () => {
      await gate.promise;
      order.push("first");
    });
    const second = slots.withSlot(async () => void order.push("second"));
    await expect(slots.withSlot(async () => undefined)).rejects.toMatchObject({ code: "REPORT_RENDERER_BUSY", status: 503, retryAfterSeconds: 5 });
    expect(slots.usage).toEqual({ active: 1, waiting: 1 });
    gate.resolve();
    await Promise.all([first, second]);
    expect(order).toEqual(["first", "second"]);
    expect(slots.usage).toEqual({ active: 0, waiting: 0 });
  });

  it("stop waiting after maxWaitMs with a 503, leaving the queue clean", async () => {
    const slots = new RenderSlots(() => ({ concurrency: 1, maxWaiting: 4, maxWaitMs: 50 }));
    const gate = deferred();
    const held = slots.withSlot(() => gate.promise);
    await expect(slots.withSlot(async () => undefined)).rejects.toMatchObject({ code: "REPORT_RENDERER_BUSY" });
    expect(slots.usage).toEqual({ active: 1, waiting: 0 });
    gate.resolve();
    await held;
    expect(slots.usage).toEqual({ active: 0, waiting: 0 });
  });
});
