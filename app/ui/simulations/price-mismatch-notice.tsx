import alerts from "@/app/ui/common/alert.module.css";

export type PriceMismatchMessage = { variableId: string; message: string };

/**
 * Absolute price distributions set for another price than the scenario's (lib/scenarios/price-distribution-check.ts):
 * the editor, the run view and the risk report show the same words.
 */
export function PriceMismatchNotice({ mismatches, id }: { mismatches: readonly PriceMismatchMessage[]; id?: string }) {
  if (mismatches.length === 0) return null;
  return (
    <div id={id} className={`${alerts.alert} ${alerts.warning}`} role="note">
      <p>
        <strong>Price distribution set for another price.</strong> Monte Carlo results follow the distribution, not the scenario&apos;s price.
      </p>
      <ul>
        {mismatches.map((mismatch) => (
          <li key={mismatch.variableId}>{mismatch.message}</li>
        ))}
      </ul>
    </div>
  );
}
