import { fork } from "node:child_process";
import path from "node:path";
import type { ChildMessage, ClassResult, LoadRequest } from "./load-child";

// Runs the load in its own process (load-child.ts under tsx) and waits for its figures.

export type LoadOutcome = { warmUp: ClassResult[]; measured: ClassResult[] };

/** Extra time the child may take beyond the planned phases (start-up, closing connections), in ms. */
const GRACE_MS = 120_000;

export async function runLoad(request: LoadRequest, onMeasuring: () => void): Promise<LoadOutcome> {
  const child = fork(path.join(import.meta.dirname, "load-child.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const limitMs = (request.warmUpSeconds + request.seconds) * 1000 + GRACE_MS;
  return new Promise<LoadOutcome>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the load process did not finish within ${limitMs / 1000} s`));
    }, limitMs);
    const settle = (error: Error | undefined, outcome?: LoadOutcome) => {
      clearTimeout(timer);
      if (outcome) resolve(outcome);
      else reject(error);
    };
    child.on("message", (message: ChildMessage) => {
      if (message.type === "measuring") onMeasuring();
      else if (message.type === "done") settle(undefined, { warmUp: message.warmUp, measured: message.measured });
      else settle(new Error(`the load process failed: ${message.message}`));
    });
    child.once("error", (error) => settle(error));
    child.once("exit", (code) => settle(new Error(`the load process exited with ${code} before reporting`)));
    child.send(request);
  });
}
