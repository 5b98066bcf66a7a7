import { formatNumber } from "@/app/ui/format";
import type { QuotaView } from "@/lib/simulations/quota";
import layout from "@/app/ui/common/layout.module.css";

/** The organisation's use of its simulation quota, so a refusal (429) never comes as a surprise. */
export function QuotaNote({ quota }: { quota: QuotaView }) {
  return (
    <p className={layout.muted} data-testid="simulation-quota">
      Your organisation: {quota.activeRuns} of {quota.activeRunsLimit} background runs queued or running, {formatNumber(quota.iterationsLastHour)} of{" "}
      {formatNumber(quota.iterationsPerHourLimit)} iterations used in the last hour.
    </p>
  );
}
