import { readFileSync } from "node:fs";

// What the server itself logged at warn and error level over the whole run (start-up to shutdown), grouped by
// message, so that errors the load generator cannot see (a failure after the client left, a degraded cache) show.
// Informational: the verdict is about what clients saw.

const GROUPS_SHOWN = 6;
const TEXT_CHARS = 160;

type LogLine = { level?: string; msg?: string; route?: string; status?: number; error?: { message?: string } };

export type LogGroup = { level: string; text: string; count: number };

/** Groups warn/error JSON lines by level, message, route and error message; most frequent first. */
export function groupWarningsAndErrors(logText: string): LogGroup[] {
  const groups = new Map<string, LogGroup>();
  for (const raw of logText.split("\n")) {
    let line: LogLine;
    try {
      line = JSON.parse(raw) as LogLine;
    } catch {
      continue;
    }
    if (line.level !== "warn" && line.level !== "error") continue;
    const parts = [line.msg, line.route && `${line.route} ${line.status ?? ""}`.trim(), line.error?.message].filter(Boolean);
    const text = parts.join(": ").slice(0, TEXT_CHARS);
    const key = `${line.level} ${text}`;
    const group = groups.get(key) ?? { level: line.level, text, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

export function printServerLog(logFile: string, log: (line: string) => void): void {
  let text = "";
  try {
    text = readFileSync(logFile, "utf8");
  } catch {
    log("server log: not readable");
    return;
  }
  const groups = groupWarningsAndErrors(text);
  const total = (level: string) => groups.filter((g) => g.level === level).reduce((sum, g) => sum + g.count, 0);
  log(`server log (start-up to shutdown, warm-up included): ${total("error")} error and ${total("warn")} warn lines`);
  for (const group of groups.slice(0, GROUPS_SHOWN)) log(`  ${group.count} × ${group.level} ${group.text}`);
}
