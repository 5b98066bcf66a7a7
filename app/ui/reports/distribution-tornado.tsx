"use client";

import { useMemo } from "react";
import type { SensitivityOutput } from "@/lib/http/contracts/simulations";
import { formatNumber } from "@/app/ui/format";
import { toSensitivityView } from "@/app/ui/simulations/from-contract";
import { sortByMagnitude, TornadoChart } from "@/app/ui/simulations/tornado-chart";
import tables from "@/app/ui/common/table.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import styles from "./reports.module.css";

// The run's tornado as the simulation page draws it, with its figures as a table beside it: on paper the chart's
// own data table is hidden, and the reader needs both measures (the chart shows one at a time).

function TornadoTable({ sensitivity }: { sensitivity: ReturnType<typeof toSensitivityView> }) {
  const coefficients = new Map((sensitivity.regression?.coefficients ?? []).map((bar) => [bar.id, bar.value]));
  const bars = sortByMagnitude(sensitivity.spearman);
  return (
    <ScrollRegion label="Sensitivity" className={styles.tornadoTable}>
      <table className={tables.table}>
        <caption>
          Influence of each stochastic input on NPV over {formatNumber(sensitivity.sampleSize, 0)} iterations, largest first
          {sensitivity.regression ? ` (R² of the regression ${formatNumber(sensitivity.regression.rSquared, 3)})` : " (no regression: too few varying inputs)"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Input variable</th>
            <th scope="col" className={tables.numeric}>Spearman rank correlation (−1 to 1)</th>
            <th scope="col" className={tables.numeric}>Standardised regression coefficient</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">{bar.name}</th>
              <td className={tables.numeric}>{formatNumber(bar.value, 3)}</td>
              <td className={tables.numeric}>{formatNumber(coefficients.get(bar.id) ?? Number.NaN, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Which stochastic inputs drive NPV in the report's run: the tornado chart and its table. */
export function DistributionTornado({ sensitivity }: { sensitivity: SensitivityOutput }) {
  const view = useMemo(() => toSensitivityView(sensitivity), [sensitivity]);
  return (
    <div className={styles.tornado}>
      <div className={styles.tornadoChart}>
        <TornadoChart sensitivity={view} />
      </div>
      {view.spearman.length > 0 ? <TornadoTable sensitivity={view} /> : null}
    </div>
  );
}
