"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { CorrelationCell } from "./correlation-cell";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import { numberToText } from "@/app/ui/format/parse-number";
import { coefficientOf, coefficientProblem, pairKey, saveCorrelations } from "./correlation-requests";
import { useReportUnsaved } from "./unsaved-changes";
import buttons from "@/app/ui/common/button.module.css";
import emptyStates from "@/app/ui/common/empty-state.module.css";
import layout from "@/app/ui/common/layout.module.css";
import { ScrollRegion } from "@/app/ui/common/scroll-region";
import tables from "@/app/ui/common/table.module.css";
import grid from "./grid/grid.module.css";
import styles from "./scenario-editor.module.css";
import { FocusKeepingButton } from "@/app/ui/common/focus-keeping-button";

export type CorrelationParameter = { lineageId: string; name: string };
export type CorrelationPairValue = { a: string; b: string; coefficient: number; isInherited: boolean };

type CorrelationMatrixProps = {
  scenarioId: string;
  version: number;
  parameters: CorrelationParameter[];
  pairs: CorrelationPairValue[];
  isReadOnly: boolean;
  parentName?: string;
};


/** Rank correlations between the stochastic parameters: an editable upper triangle, mirrored below. */
export function CorrelationMatrix({ scenarioId, version, parameters, pairs, isReadOnly, parentName }: CorrelationMatrixProps) {
  const router = useRouter();
  const baseId = useId().replace(/[^a-zA-Z0-9]/g, "");
  const decimal = useDecimalSeparator();
  const loaded = useMemo(() => new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), numberToText(pair.coefficient, decimal)])), [pairs, decimal]);
  const inherited = useMemo(() => new Set(pairs.filter((pair) => pair.isInherited).map((pair) => pairKey(pair.a, pair.b))), [pairs]);
  const [values, setValues] = useState(loaded);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> }>();
  const [status, setStatus] = useState("");
  const [isPending, setPending] = useState(false);
  const isDirty = [...new Set([...values.keys(), ...loaded.keys()])].some((key) => !Object.is(coefficientOf(values.get(key) ?? "", decimal), coefficientOf(loaded.get(key) ?? "", decimal)));
  useReportUnsaved(`correlations-${baseId}`, isDirty);

  const save = async () => {
    setPending(true);
    setError(undefined);
    const outcome = await saveCorrelations(scenarioId, version, values, decimal);
    setPending(false);
    if (!outcome.ok) return setError(outcome);
    setStatus(outcome.status);
    router.refresh();
  };

  if (parameters.length < 2) return <p className={emptyStates.inline}>Correlations need at least two parameters with a distribution — give a second parameter a distribution first.</p>;
  return (
    <section className={styles.section} aria-labelledby={`${baseId}-title`}>
      <div className={styles.sectionHeader}>
        <div>
          <h2 id={`${baseId}-title`}>Correlation matrix</h2>
          <p className={layout.muted}>Rank correlations (−1 to 1) between stochastic parameters; blank or 0 means uncorrelated.{parentName ? ` Values marked “inherited” come from ${parentName}.` : ""}</p>
        </div>
        {isReadOnly ? null : (
          <div className={styles.toolbar}>
            {isDirty ? <span className={styles.unsaved} role="status">Unsaved changes</span> : null}
            <FocusKeepingButton className={`${buttons.button} ${buttons.primary}`} onClick={save} isUnavailable={!isDirty || isPending} isBusy={isPending}>
              {isPending ? "Saving…" : "Save correlations"}
            </FocusKeepingButton>
          </div>
        )}
      </div>
      <FormError message={error?.message} />
      <p className="visually-hidden" role="status">{status}</p>
      <ScrollRegion label="Rank correlation between parameters">
        <table className={`${tables.table} ${grid.matrix}`}>
          <caption className="visually-hidden">Rank correlation between parameters (row with column)</caption>
          <thead>
            <tr>
              <td />
              {parameters.map((parameter) => (
                <th key={parameter.lineageId} scope="col">{parameter.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parameters.map((rowParameter, rowIndex) => (
              <tr key={rowParameter.lineageId}>
                <th scope="row">{rowParameter.name}</th>
                {parameters.map((columnParameter, columnIndex) => {
                  const key = pairKey(rowParameter.lineageId, columnParameter.lineageId);
                  if (columnIndex === rowIndex) return <td key={key} className={`${tables.numeric} ${grid.diagonal}`}>1</td>;
                  const text = values.get(key) ?? "";
                  return (
                    <CorrelationCell
                      key={key}
                      errorId={`${baseId}-${rowIndex}-${columnIndex}-error`}
                      label={`Correlation of ${rowParameter.name} with ${columnParameter.name}`}
                      text={text}
                      isEditable={!isReadOnly && columnIndex > rowIndex}
                      isInherited={inherited.has(key) && text === loaded.get(key)}
                      error={coefficientProblem(text, decimal) ?? error?.fields[key]}
                      onChange={(next) => setValues(new Map(values).set(key, next))}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
