import { Writable } from "node:stream";
import { createLogger, type Logger } from "@/lib/observability/logger";
import { processSingleton } from "@/lib/process/singleton";

// The app's JSON log lines, captured: the process's loggers (lib/observability/logger.ts) write here until
// `restore`. The logger module holds the loggers object itself, so its contents are swapped, not the object.

type Loggers = { root: Logger | undefined; request: Logger | undefined; children: Map<string, Logger> };

export type CapturedLogs = { lines: string[]; restore: () => void };

export function captureLogs(): CapturedLogs {
  const loggers = processSingleton<Loggers>("loggers", () => ({ root: undefined, request: undefined, children: new Map() }));
  const saved = { ...loggers };
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  Object.assign(loggers, { root: createLogger({ destination }), children: new Map() });
  return { lines, restore: () => void Object.assign(loggers, saved) };
}
