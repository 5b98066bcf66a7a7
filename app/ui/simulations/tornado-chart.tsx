"use client";

import { useId, useState } from "react";
import type { ChartData, ChartOptions, TooltipItem } from "chart.js";
import { Chart } from "@/app/ui/charts/chart";
import { ChartFigure } from "@/app/ui/charts/chart-figure";
import { CHART_FONT } from "@/app/ui/charts/chart-theme";
import { formatNumber } from "@/app/ui/format";
import { axisTitle, BASE_OPTIONS, SIM_COLORS } from "./chart-options";
import type { SensitivityBarView, SensitivityView } from "./types";
import charts from "@/app/ui/charts/charts.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./simulations.module.css";

type Measure = "spearman" | "regression";

const MEASURES: Record<Measure, { label: string; axis: string; describe: string }> = {
  spearman: { label: "Rank correlation (Spearman)", axis: "Spearman rank correlation with NPV (−1 to 1)", describe: "rank correlation" },
  regression: { label: "Standardised regression", axis: "Standardised regression coefficient on NPV (SD of NPV per SD of input)", describe: "standardised regression coefficient" },
};

/** Largest influence first. */
export function sortByMagnitude(bars: readonly SensitivityBarView[]): SensitivityBarView[] {
  return [...bars].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.name.localeCompare(b.name));
}

function buildOptions(measure: Measure): ChartOptions<"bar"> {
  return {
    ...BASE_OPTIONS,
    indexAxis: "y",
    plugins: {
      legend: {
        position: "bottom",
        labels: {
          font: CHART_FONT,
          generateLabels: () => [
            { text: "Raises NPV", fillStyle: SIM_COLORS.bar, strokeStyle: SIM_COLORS.bar, lineWidth: 0, hidden: false },
            { text: "Lowers NPV", fillStyle: SIM_COLORS.loss, strokeStyle: SIM_COLORS.loss, lineWidth: 0, hidden: false },
          ],
        },
        onClick: () => undefined,
      },
      tooltip: { callbacks: { label: (item: TooltipItem<"bar">) => `${MEASURES[measure].describe}: ${formatNumber(Number(item.raw), 3)}` } },
    },
    scales: {
      x: { type: "linear", min: measure === "spearman" ? -1 : undefined, max: measure === "spearman" ? 1 : undefined, title: axisTitle(MEASURES[measure].axis), ticks: { callback: (value) => formatNumber(Number(value), 2) } },
      y: { type: "category", title: axisTitle("Input variable"), grid: { display: false } },
    },
  };
}

/** Which inputs drive NPV: horizontal bars sorted by magnitude, Spearman or regression at the reader's choice. */
export function TornadoChart({ sensitivity }: { sensitivity: SensitivityView }) {
  const [measure, setMeasure] = useState<Measure>("spearman");
  const groupId = useId();
  const bars = sortByMagnitude(measure === "spearman" ? sensitivity.spearman : (sensitivity.regression?.coefficients ?? []));
  const data: ChartData<"bar", number[], string> = {
    labels: bars.map((bar) => bar.name),
    datasets: [{ label: MEASURES[measure].label, data: bars.map((bar) => bar.value), backgroundColor: bars.map((bar) => (bar.value < 0 ? SIM_COLORS.loss : SIM_COLORS.bar)) }],
  };
  const heightPx = Math.max(220, 60 + bars.length * 28);
  return (
    <div className={styles.tornado}>
      <fieldset className={styles.choice}>
        <legend>Measure of influence</legend>
        {(Object.keys(MEASURES) as Measure[]).map((key) => (
          <label key={key}>
            <input type="radio" name={`measure${groupId}`} value={key} checked={measure === key} disabled={key === "regression" && !sensitivity.regression} onChange={() => setMeasure(key)} />
            {MEASURES[key].label}
          </label>
        ))}
        {sensitivity.regression ? <span className={layout.muted}>R² of the regression: {formatNumber(sensitivity.regression.rSquared, 3)}</span> : <span className={layout.muted}>No regression: too few varying inputs.</span>}
      </fieldset>
      {bars.length === 0 ? (
        <p className={emptyStates.inline}>No sensitivity: the scenario has no stochastic inputs, so NPV does not vary with any of them.</p>
      ) : (
        <ChartFigure
          title={`Tornado: ${MEASURES[measure].describe} of each input with NPV (${formatNumber(sensitivity.sampleSize, 0)} iterations)`}
          summary={`Largest influence: ${bars.slice(0, 3).map((bar) => `${bar.name} ${formatNumber(bar.value, 2)}`).join(", ")}.`}
          columns={[{ label: "Input variable" }, { label: MEASURES[measure].label, isNumeric: true }]}
          rows={bars.map((bar) => [bar.name, formatNumber(bar.value, 3)])}
        >
          <div style={{ height: heightPx }} className={charts.tall}>
            <Chart type="bar" data={data} options={buildOptions(measure)} />
          </div>
        </ChartFigure>
      )}
      {sensitivity.excluded.length > 0 ? <p className={layout.muted}>Left out of the regression (constant or collinear): {sensitivity.excluded.join(", ")}.</p> : null}
    </div>
  );
}
