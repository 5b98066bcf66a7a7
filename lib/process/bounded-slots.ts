import type { AppError } from "@/lib/errors";

// At most `concurrency` pieces of work at once, at most `maxWaiting` waiting, none waiting longer than `maxWaitMs`:
// a burst (of PDF renders, of workbook parses) is answered 503 with Retry-After instead of a queue that grows without
// bound. A slot is returned by the function that took it, whatever happens (withSlot).

export type SlotLimits = { concurrency: number; maxWaiting: number; maxWaitMs: number };
type Waiter = { grant: () => void; timer: NodeJS.Timeout };

export class BoundedSlots {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  /**
   * @param limits - read at every acquire, so a test or an environment change applies at once
   * @param busy - the 503 answered when the queue is full or the wait runs out (retry after the wait, in seconds)
   */
  constructor(
    private readonly limits: () => SlotLimits,
    private readonly busy: (retryAfterSeconds: number) => AppError,
  ) {}

  /** Runs `work` in a slot: waits its turn (bounded), and always gives the slot back. @throws the `busy` error */
  async withSlot<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  get usage(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  private acquire(): Promise<void> {
    const { concurrency, maxWaiting, maxWaitMs } = this.limits();
    if (this.active < concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    const retryAfter = Math.max(1, Math.ceil(maxWaitMs / 1000));
    if (this.waiting.length >= maxWaiting) return Promise.reject(this.busy(retryAfter));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(this.busy(retryAfter));
        }, maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the slot to the next waiter (it stays taken), or frees it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next.grant();
    else this.active -= 1;
  }
}
