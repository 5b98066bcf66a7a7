import { getDatabaseKind, getDb } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { getCache } from "@/lib/cache";

export type CheckResult = { ok: true; kind: string; latencyMs: number } | { ok: false; kind: string; error: string };

const CHECK_TIMEOUT_MS = 2_000;

async function timed(kind: string, probe: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, kind, error: error instanceof Error ? error.message : "unreachable" };
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
