import { getDb, type DbOrTx } from "@/db";
import { lockOrganisationQuota, readQuotaUsage, type QuotaUsage } from "@/db/queries/simulation-quota";
import { AppError } from "@/lib/errors";
import { getSimulationConfig, type SimulationConfig } from "./config";

// Fair use of the machines: per organisation, at most `activeRuns` background runs queued or running at once, and
// at most `iterationsPerHour` iterations started in any rolling hour. Without it one analyst could queue dozens of
// 1,000,000-iteration runs and every other organisation's runs waited behind them. Refusals are 429 with a code and
// Retry-After; the decision and the new run's row are one step under a per-organisation lock (see storeNewRun).

const WINDOW_MS = 3_600_000;
const ACTIVE_RETRY_AFTER_S = 60;

export type QuotaRequest = { organisationId: string; iterations: number; isBackground: boolean; now?: Date };
export type QuotaView = { activeRuns: number; activeRunsLimit: number; iterationsLastHour: number; iterationsPerHourLimit: number };

function refusalOf(usage: QuotaUsage, request: QuotaRequest, limits: SimulationConfig["quota"], now: Date): AppError | undefined {
  if (request.isBackground && usage.activeRuns >= limits.activeRuns) {
    return new AppError(
      "SIMULATION_QUOTA_ACTIVE_RUNS",
      `Your organisation has ${usage.activeRuns} background runs queued or running, the most it may have at once (${limits.activeRuns}). Wait for one to finish, or cancel one.`,
      { status: 429, retryAfterSeconds: ACTIVE_RETRY_AFTER_S },
    );
  }
  if (usage.iterations + request.iterations > limits.iterationsPerHour) {
    // The window frees up as its oldest run leaves it.
    const freedAt = (usage.oldestInWindow?.getTime() ?? now.getTime()) + WINDOW_MS;
    return new AppError(
      "SIMULATION_QUOTA_ITERATIONS",
      `This run would take your organisation past ${limits.iterationsPerHour.toLocaleString("en")} iterations in an hour (${usage.iterations.toLocaleString("en")} used). Try fewer iterations, or later.`,
      { status: 429, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) },
    );
  }
  return undefined;
}

/**
 * Refuses a run the organisation's quota does not allow. Call inside the transaction that stores the run, so that
 * parallel requests cannot both pass: the lock holds until it commits.
 * @throws SIMULATION_QUOTA_ACTIVE_RUNS, SIMULATION_QUOTA_ITERATIONS (429, with Retry-After)
 */
export async function assertWithinQuota(tx: DbOrTx, request: QuotaRequest, limits: SimulationConfig["quota"]): Promise<void> {
  const now = request.now ?? new Date();
  await lockOrganisationQuota(tx, request);
  const usage = await readQuotaUsage(tx, { organisationId: request.organisationId, since: new Date(now.getTime() - WINDOW_MS) });
  const refusal = refusalOf(usage, request, limits, now);
  if (refusal) throw refusal;
}

/** The same check without the lock, before any work (an at-once run is computed before it is stored). */
export async function precheckQuota(db: DbOrTx, request: QuotaRequest, limits: SimulationConfig["quota"]): Promise<void> {
  const now = request.now ?? new Date();
  const usage = await readQuotaUsage(db, { organisationId: request.organisationId, since: new Date(now.getTime() - WINDOW_MS) });
  const refusal = refusalOf(usage, request, limits, now);
  if (refusal) throw refusal;
}

/** What the run form shows: the organisation's use of its quota now. */
export async function readQuotaView(db: DbOrTx, organisationId: string, limits: SimulationConfig["quota"]): Promise<QuotaView> {
  const usage = await readQuotaUsage(db, { organisationId, since: new Date(Date.now() - WINDOW_MS) });
  return { activeRuns: usage.activeRuns, activeRunsLimit: limits.activeRuns, iterationsLastHour: usage.iterations, iterationsPerHourLimit: limits.iterationsPerHour };
}

/** The organisation's use of its simulation quota now (the simulations page shows it beside the Run form). */
export async function readSimulationQuota(organisationId: string): Promise<QuotaView> {
  return readQuotaView(await getDb(), organisationId, getSimulationConfig().quota);
}
