import { describe, expect, it } from "vitest";
import { onShutdown, runShutdownHooks } from "./shutdown";

describe("shutdown hooks", () => {
  it("runs every hook once, reports failures and time-outs, and never throws", async () => {
    const ran: string[] = [];
    const failed: string[] = [];
    onShutdown("pool", async () => void ran.push("pool"));
    onShutdown("queue", async () => Promise.reject(new Error("queue gone")));
    onShutdown("stuck", () => new Promise(() => {}));
    await runShutdownHooks({ timeoutMs: 50, report: (name) => void failed.push(name) });
    expect(ran).toEqual(["pool"]);
    expect(failed.sort()).toEqual(["queue", "stuck"]);
    await runShutdownHooks({ timeoutMs: 50, report: (name) => void failed.push(name) });
    expect(ran).toEqual(["pool"]);
  });
});
