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
