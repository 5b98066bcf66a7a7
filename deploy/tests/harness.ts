// A tiny check runner for the deploy tests: each check prints "ok - name" or "not ok - name: why", and
// deploy/tests/run-all.sh counts those lines. Not vitest: these tests drive processes, nginx and a browser.
import { readFileSync } from "node:fs";

let failed = 0;

/** Runs one named check; a thrown error or a false assertion marks it failed and the run goes on. */
export async function check(name: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function failedCount(): number {
  return failed;
}

/** What deploy/tests/topology.sh started, passed as a JSON file (argv[2]), so these tests read no environment. */
export type Topology = {
  nginxUrl: string;
  instances: { name: string; url: string; port: number; log: string }[];
  nginxAccessLog: string;
  appDir: string;
  workerDir: string;
  /** The environment the app instances run with (as the runtime image and compose give it). */
  appEnv: Record<string, string>;
  metricsToken: string;
  user: { email: string; password: string };
  /** The administrator `node setup.mjs` created on the empty database, and the path of its set-password link. */
  firstAdmin: { email: string; setPasswordPath: string };
  spareAppPort: number;
  /** Chromium to drive; empty: Playwright's own build. */
  chromiumPath: string;
  tmpDir: string;
};

export function readTopology(): Topology {
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx <test>.ts <topology.json> (run through deploy/tests/topology.sh)");
  return JSON.parse(readFileSync(file, "utf8")) as Topology;
}

export type LogLine = Record<string, unknown>;

/** The JSON lines of a log file (anything that is not JSON is skipped). */
export function readJsonLines(file: string): LogLine[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line) => {
      try {
        const value: unknown = JSON.parse(line);
        return value && typeof value === "object" ? [value as LogLine] : [];
      } catch {
        return [];
      }
    });
}

/** A cookie jar for fetch: keeps name=value pairs from Set-Cookie, sends them back. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}
