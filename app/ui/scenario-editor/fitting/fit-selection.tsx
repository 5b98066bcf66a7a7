"use client";

import { useState, type FormEvent } from "react";
import { EmptyState } from "@/app/ui/common/empty-state";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { FIT_METRIC_LABELS, FIT_METRICS_OF_SOURCE, FIT_SOURCE_LABELS, FIT_SOURCES, MIN_FIT_VALUES, type FitSource } from "@/lib/domain/fitting";
import styles from "../scenario-editor.module.css";

export type FitEquipmentLine = { id: string; name: string };
/** A consumption item by its lineage id (as the fits route takes it), with its unit of quantity. */
export type FitConsumptionItem = { id: string; name: string; unit: string };

const SOURCE_OPTIONS = FIT_SOURCES.map((source) => ({ value: source, label: FIT_SOURCE_LABELS[source] }));
const TYPE_OPTIONS = [
  { value: "", label: "Every type" },
  { value: "preventive", label: "Preventive" },
  { value: "corrective", label: "Corrective" },
  { value: "inspection", label: "Inspection" },
];

type FitSelectionProps = {
  equipmentLines: readonly FitEquipmentLine[];
  consumptionItems: readonly FitConsumptionItem[];
  pending: boolean;
  fieldErrors: Record<string, string[] | undefined>;
  onFit: (event: FormEvent<HTMLFormElement>) => void;
};

/** What to fit: the source (maintenance logs or consumption actuals), then that source's selection and metric. */
export function FitSelection({ equipmentLines, consumptionItems, pending, fieldErrors, onFit }: FitSelectionProps) {
  const [source, setSource] = useState<FitSource>("maintenance");
  const metricOptions = FIT_METRICS_OF_SOURCE[source].map((metric) => ({ value: metric, label: FIT_METRIC_LABELS[metric] }));
  const isEmpty = source === "maintenance" ? equipmentLines.length === 0 : consumptionItems.length === 0;
  return (
    <form className={styles.inlineForm} onSubmit={onFit} aria-describedby="fit-error" noValidate>
      <SelectField label="Data" name="source" options={SOURCE_OPTIONS} value={source} onChange={(event) => setSource(event.target.value === "consumption" ? "consumption" : "maintenance")} errors={fieldErrors.source} />
      {isEmpty ? (
        <EmptyState title={source === "maintenance" ? "No equipment lines" : "No consumption items"} headingLevel={3}>
          <p>
            {source === "maintenance"
              ? `Add equipment and log its maintenance (Equipment tab); fits need at least ${MIN_FIT_VALUES} logged events.`
              : `Add a consumption item and log its actuals (Consumption tab); fits need at least ${MIN_FIT_VALUES} logged periods.`}
          </p>
        </EmptyState>
      ) : source === "maintenance" ? (
        <>
          <SelectField key="equipment" label="Equipment line" name="equipmentId" options={[{ value: "", label: "Every equipment line" }, ...equipmentLines.map((line) => ({ value: line.id, label: line.name }))]} errors={fieldErrors.equipmentId} />
          <SelectField key="maintenance-metric" label="Value per event" name="metric" options={metricOptions} errors={fieldErrors.metric} />
          <SelectField label="Maintenance type" name="type" options={TYPE_OPTIONS} errors={fieldErrors.type} />
        </>
      ) : (
        <>
          <SelectField key="item" label="Consumption item" name="consumptionItemId" options={[{ value: "", label: "Every item (one unit only)" }, ...consumptionItems.map((item) => ({ value: item.id, label: `${item.name} (${item.unit})` }))]} errors={fieldErrors.consumptionItemId} />
          <SelectField key="consumption-metric" label="Value per period" name="metric" options={metricOptions} errors={fieldErrors.metric} />
        </>
      )}
      {isEmpty ? null : (
        <SubmitButton pending={pending} pendingLabel="Fitting…">
          Fit
        </SubmitButton>
      )}
    </form>
  );
}
