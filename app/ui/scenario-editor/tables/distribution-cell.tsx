"use client";

import { useState, type FormEvent } from "react";
import { ModalDialog } from "@/app/ui/forms/dialog";
import { FormError } from "@/app/ui/forms/form-error";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText, parseFieldNumber, type DecimalSeparator } from "@/app/ui/format/parse-number";
import type { CustomEditorProps } from "../grid/types";
import { describeDistribution, EDITABLE_DISTRIBUTIONS, isDistributionSpec } from "./distribution-fields";
import { isSpecialType, readSpecialDistribution, SPECIAL_DISTRIBUTIONS, SpecialDistributionFields } from "./special-distribution-fields";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import grid from "../grid/grid.module.css";
import styles from "../scenario-editor.module.css";

type FamilyFields = NonNullable<(typeof EDITABLE_DISTRIBUTIONS)[string]>["fields"];
type FamilyRead = { ok: true; spec: Record<string, unknown> } | { ok: false; key: string; message: string };

/** A family's parameters in the person's number format; the first one that is no number is named in words. */
function readFamily(type: string, fields: FamilyFields, form: FormData, decimal: DecimalSeparator): FamilyRead {
  const spec: Record<string, unknown> = { type };
  for (const field of fields) {
    const parsed = parseFieldNumber(String(form.get(field.key) ?? ""), `${field.label} (parameter unit)`, decimal);
    if (parsed.kind === "invalid") return { ok: false, key: field.key, message: parsed.message };
    if (parsed.kind === "number") spec[field.key] = parsed.value;
    else if (!field.isOptional) spec[field.key] = Number.NaN;
  }
  return { ok: true, spec };
}

function DistributionForm({ initial, rowLabel, onApply, onCancel }: { initial: unknown; rowLabel: string; onApply: (spec: unknown) => void; onCancel: () => void }) {
  const spec = isDistributionSpec(initial) ? initial : undefined;
  const [type, setType] = useState(spec && (EDITABLE_DISTRIBUTIONS[spec.type] || isSpecialType(spec.type)) ? spec.type : "none");
  const [problem, setProblem] = useState("");
  const [invalidKey, setInvalidKey] = useState<string>();
  const decimal = useDecimalSeparator();
  const family = EDITABLE_DISTRIBUTIONS[type];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (isSpecialType(type)) {
      const read = readSpecialDistribution(type, form, decimal);
      if (!read.ok) return setProblem(read.message);
      return onApply(read.value);
    }
    if (!family) return onApply(null);
    const read = readFamily(type, family.fields, form, decimal);
    setInvalidKey(read.ok ? undefined : read.key);
    if (!read.ok) return setProblem(read.message);
    onApply(read.spec);
  };
  return (
    <form onSubmit={submit} className={styles.distributionForm} aria-describedby="distribution-problem">
      <div className={forms.field}>
        <label htmlFor="distribution-type">Distribution of {rowLabel}</label>
        <select id="distribution-type" className={forms.select} value={type} onChange={(event) => { setType(event.target.value); setProblem(""); }}>
          <option value="none">None (deterministic)</option>
          {Object.entries(EDITABLE_DISTRIBUTIONS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          {Object.entries(SPECIAL_DISTRIBUTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {isSpecialType(type) ? <SpecialDistributionFields key={type} type={type} spec={spec} /> : null}
      {family?.fields.map((field) => (
        <div className={forms.field} key={`${type}-${field.key}`}>
          <label htmlFor={`distribution-${field.key}`}>
            {field.label} (parameter unit){field.isOptional ? " — optional" : ""}
          </label>
          <input
            id={`distribution-${field.key}`}
            name={field.key}
            className={forms.input}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={spec?.type === type && typeof spec[field.key] === "number" ? numberToText(spec[field.key] as number, decimal) : ""}
            required={!field.isOptional}
            aria-invalid={invalidKey === field.key ? true : undefined}
            aria-describedby={invalidKey === field.key ? "distribution-problem" : undefined}
          />
        </div>
      ))}
      <FormError id="distribution-problem" message={problem} />
      <p className={layout.muted}>The API checks the parameters (e.g. minimum ≤ most likely ≤ maximum) when the table is saved.</p>
      <div className={forms.dialogActions}>
        <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className={`${buttons.button} ${buttons.primary}`}>
          Apply
        </button>
      </div>
    </form>
  );
}

/** "Set for another price" beside an absolute price distribution the scenario's price no longer matches. */
function PriceMismatchFlag({ noticeId }: { noticeId: string }) {
  return (
    <span className={styles.priceFlag} title="The distribution's central value is more than 10 % away from this scenario's price">
      {noticeId ? <a href={`#${noticeId}`}>Set for another price</a> : "Set for another price"}
    </span>
  );
}

/**
 * The distribution column of the parameters grid: a summary and a dialog to choose the family and its parameters.
 * `priceMismatchNoticeId` (set for a flagged price parameter) shows a flag linking to the notice that explains it.
 */
export function DistributionCell({ row, rowIndex, columnIndex, isReadOnly, describedBy, onChange, priceMismatchNoticeId }: CustomEditorProps & { priceMismatchNoticeId?: string }) {
  const [isOpen, setOpen] = useState(false);
  const value = row.extra.distribution;
  const rowLabel = row.values.name || `row ${rowIndex + 1}`;
  const flag = priceMismatchNoticeId === undefined ? null : <PriceMismatchFlag noticeId={priceMismatchNoticeId} />;
  if (isReadOnly) return <span className={grid.static}>{describeDistribution(value)}{flag}</span>;
  return (
    <>
      <span className={grid.static}>{describeDistribution(value)}{flag}</span>{" "}
      <button type="button" className={buttons.link} data-row={rowIndex} data-col={columnIndex} aria-describedby={describedBy} onClick={() => setOpen(true)} aria-label={`Edit the distribution of ${rowLabel}`}>
        Edit
      </button>
      <ModalDialog open={isOpen} onClose={() => setOpen(false)} title={`Distribution of ${rowLabel}`}>
        <DistributionForm
          initial={value}
          rowLabel={rowLabel}
          onCancel={() => setOpen(false)}
          onApply={(spec) => {
            onChange({ extra: { distribution: spec } });
            setOpen(false);
          }}
        />
      </ModalDialog>
    </>
  );
}
