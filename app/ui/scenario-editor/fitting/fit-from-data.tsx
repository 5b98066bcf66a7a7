"use client";

import { useState, type FormEvent } from "react";
import buttons from "@/app/ui/common/button.module.css";
import { EmptyState } from "@/app/ui/common/empty-state";
import { PpPlotChart } from "@/app/ui/charts/pp-plot-chart";
import { ModalDialog } from "@/app/ui/forms/dialog";
import { FormError } from "@/app/ui/forms/form-error";
import { readText } from "@/app/ui/forms/number-field";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatNumber } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import type { SeriesFits } from "@/lib/scenarios/fits";
import styles from "../scenario-editor.module.css";
import { FitResultsTable } from "./fit-results-table";
import { describePpPlot, familyLabel, type OkFit } from "./fit-variable";
import type { TargetRefChoices } from "@/lib/validation/rows/target-refs";
import { FitSelection, type FitConsumptionItem, type FitEquipmentLine } from "./fit-selection";
import { UseFitForm } from "./use-fit-form";

export type { FitConsumptionItem, FitEquipmentLine };

type FitFromDataProps = {
  scenarioId: string;
  equipmentLines: readonly FitEquipmentLine[];
  consumptionItems: readonly FitConsumptionItem[];
  canEdit: boolean;
  targetRefChoices: TargetRefChoices;
};

/** Only the fields of the chosen source: the route refuses another source's filters. */
function fitQuery(form: FormData): Record<string, string | null> {
  const pick = (name: string) => readText(form, name);
  const source = pick("source") ?? "maintenance";
  return source === "consumption"
    ? { source, metric: pick("metric"), consumptionItemId: pick("consumptionItemId") }
    : { source, metric: pick("metric"), equipmentId: pick("equipmentId"), type: pick("type") };
}

/** "Fit from data": distributions fitted to maintenance logs or consumption actuals (GET /api/scenarios/{id}/fits), one usable as a variable. */
export function FitFromData({ scenarioId, equipmentLines, consumptionItems, canEdit, targetRefChoices }: FitFromDataProps) {
  const [isOpen, setIsOpen] = useState(false);
  const [series, setSeries] = useState<SeriesFits | null>(null);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const submit = useApiSubmit();
  const onFit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = fitQuery(new FormData(event.currentTarget));
    setSeries(null);
    const result = await submit.run(() => api.get<{ fits: SeriesFits }>(`/api/scenarios/${scenarioId}/fits`, { query }));
    if (!result.ok) return;
    setSeries(result.value.fits);
    setChosen(result.value.fits.fits.find((fit) => fit.ok)?.family);
  };
  const chosenFit = series?.fits.find((fit): fit is OkFit => fit.ok && fit.family === chosen);
  const isTooFew = submit.error?.code === "TOO_FEW_VALUES";
  return (
    <>
      <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={() => setIsOpen(true)}>
        Fit from data
      </button>
      <ModalDialog open={isOpen} onClose={() => setIsOpen(false)} className={styles.fitDialog} title="Fit a distribution to logged data" description="Normal, lognormal, gamma, triangular and PERT fitted to the maintenance logs of this scenario's equipment or the consumption actuals of its items, ranked by goodness of fit.">
        <FitSelection equipmentLines={equipmentLines} consumptionItems={consumptionItems} pending={submit.pending} fieldErrors={submit.fieldErrors} onFit={onFit} />
        <div aria-live="polite" aria-busy={submit.pending}>
          {submit.pending ? <p role="status">Fitting the distributions…</p> : null}
          <FormError id="fit-error" message={isTooFew ? undefined : submit.message} />
          {isTooFew ? (
            <EmptyState title="Not enough data to fit" headingLevel={3}>
              <p>{submit.message} Log more maintenance (Equipment tab) or consumption actuals (Consumption tab), or widen the selection.</p>
            </EmptyState>
          ) : null}
          {series ? (
            <>
              <p>
                {series.count} values, mean {formatNumber(series.summary.mean, 4)} {series.unit}, sd {formatNumber(series.summary.sd, 4)}, from {formatNumber(series.summary.min, 4)} to{" "}
                {formatNumber(series.summary.max, 4)}. A p-value below 0.05 says the family does not describe the data; it is optimistic, since each fit was estimated from the same values.
              </p>
              <FitResultsTable fits={series.fits} unit={series.unit} chosen={chosen} onChoose={setChosen} />
              {chosenFit ? <PpPlotChart title={`P–P plot of the ${familyLabel(chosenFit.family).toLowerCase()} fit`} summary={describePpPlot(chosenFit)} points={chosenFit.ppPoints} /> : null}
              {chosenFit && canEdit ? <UseFitForm key={chosenFit.family} scenarioId={scenarioId} series={series} fit={chosenFit} targetRefChoices={targetRefChoices} /> : null}
              {chosenFit && !canEdit ? <p>Your role can read the fits; a project manager can use one as a variable.</p> : null}
            </>
          ) : null}
        </div>
        <div className={styles.footer}>
          <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={() => setIsOpen(false)}>
            Close
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
