"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { api, isApiError } from "@/lib/client/api-client";
import { useReportUnsaved } from "./unsaved-changes";

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

const pairKey = (a: string, b: string) => [a, b].sort().join(":");

type CheckResult = { isPositiveSemiDefinite: boolean; repairs: unknown[] };

/** Rank correlations between the stochastic parameters: an editable upper triangle, mirrored below. */
export function CorrelationMatrix({ scenarioId, version, parameters, pairs, isReadOnly, parentName }: CorrelationMatrixProps) {
  const router = useRouter();
  const baseId = useId().replace(/[^a-zA-Z0-9]/g, "");
  const loaded = useMemo(() => new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), String(pair.coefficient)])), [pairs]);
  const inherited = useMemo(() => new Set(pairs.filter((pair) => pair.isInherited).map((pair) => pairKey(pair.a, pair.b))), [pairs]);
  const [values, setValues] = useState(loaded);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> }>();
  const [status, setStatus] = useState("");
  const [isPending, setPending] = useState(false);
  const isDirty = [...new Set([...values.keys(), ...loaded.keys()])].some((key) => Number(values.get(key) ?? 0) !== Number(loaded.get(key) ?? 0));
  useReportUnsaved(`correlations-${baseId}`, isDirty);

  const save = async () => {
    setPending(true);
    setError(undefined);
    const entries = [...values.entries()].filter(([, text]) => text.trim() !== "" && Number(text) !== 0);
    const body = { version, pairs: entries.map(([key, text]) => ({ parameterALineageId: key.split(":")[0], parameterBLineageId: key.split(":")[1], coefficient: Number(text) })) };
    try {
      const result = await api.put<{ check: CheckResult }>(`/api/scenarios/${scenarioId}/correlations`, body);
      setStatus(result.check.isPositiveSemiDefinite ? "Correlations saved." : "Correlations saved. The matrix is not positive semi-definite: simulations will repair it to the nearest valid matrix.");
      router.refresh();
    } catch (caught) {
      const fields: Record<string, string> = {};
      for (const [key, messages] of Object.entries(isApiError(caught) ? (caught.fieldErrors ?? {}) : {})) {
        const index = Number(/^pairs\.(\d+)/.exec(key)?.[1]);
        const entry = entries[index];
        if (entry && messages?.[0]) fields[entry[0]] = messages[0];
      }
      setError({ message: `${isApiError(caught) ? caught.message : "The correlations could not be saved."} Nothing was saved.`, fields });
    } finally {
      setPending(false);
    }
  };

  if (parameters.length < 2) return <p className="empty-inline">Correlations need at least two parameters with a distribution — give a second parameter a distribution first.</p>;
  return (
    <section className="editor-section" aria-labelledby={`${baseId}-title`}>
      <div className="editor-section-header">
        <div>
          <h2 id={`${baseId}-title`}>Correlation matrix</h2>
          <p className="muted">Rank correlations (−1 to 1) between stochastic parameters; blank or 0 means uncorrelated.{parentName ? ` Values marked “inherited” come from ${parentName}.` : ""}</p>
        </div>
        {isReadOnly ? null : (
          <div className="editor-toolbar">
            {isDirty ? <span className="unsaved-indicator" role="status">Unsaved changes</span> : null}
            <button type="button" className="button button-primary" onClick={save} disabled={!isDirty || isPending}>
              {isPending ? "Saving…" : "Save correlations"}
            </button>
          </div>
        )}
      </div>
      <FormError message={error?.message} />
      <p className="visually-hidden" role="status">{status}</p>
      <div className="table-wrap">
        <table className="table matrix">
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
                  const text = values.get(key) ?? "";
                  const isInheritedCell = inherited.has(key) && text === loaded.get(key);
                  if (columnIndex === rowIndex) return <td key={key} className="numeric matrix-diagonal">1</td>;
                  if (columnIndex < rowIndex || isReadOnly)
                    return <td key={key} className={`numeric${isInheritedCell ? " cell-inherited" : ""}`}>{text || "0"}{isInheritedCell ? <span className="origin-badge origin-inherited">inherited</span> : null}</td>;
                  const fieldError = error?.fields[key];
                  return (
                    <td key={key} className={`numeric${isInheritedCell ? " cell-inherited" : ""}`}>
                      <input className="grid-input numeric" inputMode="decimal" size={5} value={text} aria-label={`Correlation of ${rowParameter.name} with ${columnParameter.name}`} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? `${baseId}-${key}-error` : undefined} onChange={(event) => setValues(new Map(values).set(key, event.target.value))} />
                      {isInheritedCell ? <span className="origin-badge origin-inherited">inherited</span> : null}
                      {fieldError ? <span id={`${baseId}-${key}-error`} className="grid-cell-error">{fieldError}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
