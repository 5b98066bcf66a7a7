import { AppError } from "@/lib/errors";
import { BoundedSlots, type SlotLimits } from "@/lib/process/bounded-slots";

// The PDF renderer's slots: a burst of PDF requests, or a renderer that stopped answering, is answered 503 with
// Retry-After instead of a queue that grows without bound (lib/process/bounded-slots.ts).

export type { SlotLimits };

export function rendererBusy(retryAfterSeconds: number): AppError {
  return new AppError("REPORT_RENDERER_BUSY", `Every report renderer is busy. Try again in ${retryAfterSeconds} s.`, { status: 503, retryAfterSeconds });
}

export class RenderSlots extends BoundedSlots {
  constructor(limits: () => SlotLimits) {
    super(limits, rendererBusy);
  }
}
