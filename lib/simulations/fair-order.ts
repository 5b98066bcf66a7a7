// Which waiting run goes next: the oldest run of the organisation served least recently. With one FIFO, one
// organisation's dozen queued runs made every other organisation wait for all of them; this takes turns instead
// (round-robin across organisations, first come first served within one).

export type WaitingRun = { runId: string; organisationId: string };

/**
 * The index in `waiting` (oldest first) of the run to start next, or -1 when none waits.
 * @param lastServed organisation id -> a counter value of when it last started a run (higher is more recent)
 */
export function nextFairIndex(waiting: readonly WaitingRun[], lastServed: ReadonlyMap<string, number>): number {
  let best = -1;
  let bestServed = Number.POSITIVE_INFINITY;
  for (let index = 0; index < waiting.length; index += 1) {
    const served = lastServed.get(waiting[index]?.organisationId ?? "") ?? -1;
    if (served < bestServed) {
      best = index;
      bestServed = served;
    }
  }
  return best;
}

// The pg-boss path has no dispatcher of ours to pick the next run: workers on any machine fetch the job of highest
// priority, oldest first. So each pg-boss run gets a turn when it is stored, and its chunks carry the turn as their
// priority (pgboss-queue.ts): runs of turn t start before runs of turn t + 1, and within a turn in arrival order.
// An organisation's next run takes the turn after its latest active run's, so its runs spread over turns, one
// each; an organisation with nothing waiting joins the lowest turn still active, behind the runs already in it and
// ahead of every organisation's next. That is round-robin across organisations, kept by pg-boss's own ordering,
// with no process that must stay alive to hand runs over. (Why not a priority from the organisation's count of
// waiting runs: priorities are fixed once sent, so a newcomer's count of 1 would later jump ahead of an older
// organisation's 15th waiting run however long it had waited. Why not pg-boss's group concurrency: it caps one
// organisation's active jobs, but a lone worker would still take one organisation's backlog first.)
// Turns only grow while runs stay active and restart at 0 when none is: far from PostgreSQL's integer limit.

/** The active pg-boss runs' turns that decide a new run's: the lowest of all, the latest of its organisation's. */
export type ActiveTurns = { lowestActive: number | null; organisationLatest: number | null };

/**
 * The fair turn of an organisation's new pg-boss run.
 * @example nextFairTurn({ lowestActive: 4, organisationLatest: null }) // 4: a newcomer joins the current turn
 * @example nextFairTurn({ lowestActive: 4, organisationLatest: 9 }) // 10: after its own latest run
 */
export function nextFairTurn({ lowestActive, organisationLatest }: ActiveTurns): number {
  const current = lowestActive ?? 0;
  return organisationLatest === null ? current : Math.max(current, organisationLatest + 1);
}
