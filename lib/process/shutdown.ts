// Work to do when the process is asked to stop, after it has stopped taking requests: close pools, hand
// jobs back to the queue. Registered by the code that owns each resource; run by deploy/server.mjs (and by
// any other entry that drains on SIGTERM). One registry per process: the server entry and Next's bundles
// are separate module graphs in one process.

export type ShutdownHook = () => Promise<void>;

import { processSingleton } from "./singleton";

function hooks(): Map<string, ShutdownHook> {
  return processSingleton("shutdown-hooks", () => new Map<string, ShutdownHook>());
}

/** Registers (or replaces) the hook called `name`; hooks run together, each bounded by the shutdown timeout. */
export function onShutdown(name: string, hook: ShutdownHook): void {
  hooks().set(name, hook);
}

/** Runs every hook once, in parallel; reports each failure or time-out and never throws. */
export async function runShutdownHooks(options: { timeoutMs: number; report: (name: string, error: unknown) => void }): Promise<void> {
  const pending = [...hooks().entries()];
  hooks().clear();
  await Promise.all(
    pending.map(async ([name, hook]) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          hook(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`did not finish within ${options.timeoutMs} ms`)), options.timeoutMs);
          }),
        ]);
      } catch (error) {
        options.report(name, error);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}
