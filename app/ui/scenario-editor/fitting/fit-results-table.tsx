"use client";

import { ScrollRegion } from "@/app/ui/common/scroll-region";
import tables from "@/app/ui/common/table.module.css";
import { useNumberDisplay } from "@/app/ui/format/use-number-display";
import type { FamilyFit } from "@/lib/scenarios/fits";
import { describeParameters, familyLabel } from "./fit-variable";

type FitResultsTableProps = {
  fits: readonly FamilyFit[];
  unit: string;
  /** The family whose P–P plot shows and which "Use as variable" takes. */
  chosen: string | undefined;
  onChoose: (family: string) => void;
};

/**
 * The families ranked by KS statistic (smallest first), with a radio button per usable fit: a native radio group,
 * so arrow keys move between fits and screen readers announce "n of m".
 */
export function FitResultsTable({ fits, unit, chosen, onChoose }: FitResultsTableProps) {
  const show = useNumberDisplay();
  return (
    <ScrollRegion label="Fits ranked by the Kolmogorov–Smirnov statistic">
      <table className={tables.table}>
        <caption>Fits ranked by the Kolmogorov–Smirnov statistic (smaller is closer); parameters in {unit || "the logs' unit"}</caption>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col" className={tables.numeric}>Rank</th>
            <th scope="col">Family</th>
            <th scope="col">Parameters</th>
            <th scope="col" className={tables.numeric}>KS statistic D</th>
            <th scope="col" className={tables.numeric}>p-value</th>
          </tr>
        </thead>
        <tbody>
          {fits.map((fit) => (
            <tr key={fit.family}>
              <td>
                {fit.ok ? (
                  <input
                    type="radio"
                    name="chosen-fit"
                    value={fit.family}
                    checked={chosen === fit.family}
                    onChange={() => onChoose(fit.family)}
                    aria-label={`Choose the ${familyLabel(fit.family)} fit`}
                  />
                ) : null}
              </td>
              <td className={tables.numeric}>{fit.ok ? fit.rank : "–"}</td>
              <th scope="row">{familyLabel(fit.family)}</th>
              {fit.ok ? (
                <>
                  <td>{describeParameters(fit.parameters)}</td>
                  <td className={tables.numeric}>{show.number(fit.ksStatistic, 4)}</td>
                  <td className={tables.numeric}>{show.number(fit.ksPValue, 3)}</td>
                </>
              ) : (
                <td colSpan={3}>Not fitted: {fit.reason}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
