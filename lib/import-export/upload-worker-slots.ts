import { AppError } from "@/lib/errors";
import { BoundedSlots, type SlotLimits } from "@/lib/process/bounded-slots";
import { processSingleton } from "@/lib/process/singleton";
import { UPLOAD_PARSE_LIMITS } from "./limits";

// At most `concurrency` workbook parses at once per process, at most `maxWaiting` waiting, none waiting longer than
// `maxWaitMs`: a burst of uploads is answered 503 with Retry-After instead of one parse thread (and its heap) per
// upload. The same discipline as the PDF renderer's slots (lib/process/bounded-slots.ts).

export type ParseSlotLimits = SlotLimits;

export function parserBusy(retryAfterSeconds: number): AppError {
  return new AppError("IMPORT_PARSER_BUSY", `Every workbook reader is busy. Try again in ${retryAfterSeconds} s.`, { status: 503, retryAfterSeconds });
}

export class ParseSlots extends BoundedSlots {
  constructor(limits: ParseSlotLimits) {
    super(() => limits, parserBusy);
  }
}

/** This process's parse slots (one set however many bundles load this module). */
export function uploadParseSlots(): ParseSlots {
  return processSingleton("import-export.parse-slots", () => new ParseSlots(UPLOAD_PARSE_LIMITS));
}
