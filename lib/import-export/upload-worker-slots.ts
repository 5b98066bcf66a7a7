import { AppError } from "@/lib/errors";
import { processSingleton } from "@/lib/process/singleton";
import { UPLOAD_PARSE_LIMITS } from "./limits";

// At most `concurrency` workbook parses at once per process, at most `maxWaiting` waiting, none waiting longer than
// `maxWaitMs`: a burst of uploads is answered 503 with Retry-After instead of one parse thread (and its heap) per
// upload. The same discipline as the PDF renderer's slots (lib/reports/render-slots.ts).

export type ParseSlotLimits = { concurrency: number; maxWaiting: number; maxWaitMs: number };
type Waiter = { grant: () => void; timer: NodeJS.Timeout };

export function parserBusy(retryAfterSeconds: number): AppError {
  return new AppError("IMPORT_PARSER_BUSY", `Every workbook reader is busy. Try again in ${retryAfterSeconds} s.`, { status: 503, retryAfterSeconds });
}

export class ParseSlots {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: ParseSlotLimits) {}

  /** Runs `work` in a slot: waits its turn (bounded), and always gives the slot back. @throws IMPORT_PARSER_BUSY (503) */
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
    const { concurrency, maxWaiting, maxWaitMs } = this.limits;
    if (this.active < concurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    const retryAfter = Math.max(1, Math.ceil(maxWaitMs / 1000));
    if (this.waiting.length >= maxWaiting) return Promise.reject(parserBusy(retryAfter));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(parserBusy(retryAfter));
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

/** This process's parse slots (one set however many bundles load this module). */
export function uploadParseSlots(): ParseSlots {
  return processSingleton("import-export.parse-slots", () => new ParseSlots(UPLOAD_PARSE_LIMITS));
}
