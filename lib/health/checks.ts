import { getDatabaseKind, getDb } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { getCache } from "@/lib/cache";
import { getLogger } from "@/lib/observability/logger";
import { describeError } from "@/lib/observability/log-error";

/** The readiness answer is public: a failure says only which of these it was; the backend's own text is logged. */
export type CheckFailure = "unreachable" | "no answer in time";
export type CheckResult = { ok: true; kind: string; latencyMs: number } | { ok: false; kind: string; error: CheckFailure };

class CheckTimeout extends Error {}

const CHECK_TIMEOUT_MS = 2_000;

async function timed(kind: string, probe: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CheckTimeout(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The backend's error names hosts, ports and user names: for the operators' log, not for the public endpoint.
    getLogger("health").warn({ error: describeError(error), kind }, "readiness check failed");
    return { ok: false, kind, error: error instanceof CheckTimeout ? "no answer in time" : "unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkDatabase(): Promise<CheckResult> {
  const kind = await getDatabaseKind().catch(() => "unknown");
  return timed(kind, async () => pingDatabase(await getDb()));
}

export async function checkCache(): Promise<CheckResult> {
  const cache = getCache();
  return timed(cache.kind, () => cache.ping());
}
