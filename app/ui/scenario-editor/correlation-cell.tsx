"use client";

import tables from "@/app/ui/common/table.module.css";
import grid from "./grid/grid.module.css";

type CorrelationCellProps = {
  errorId: string;
  label: string;
  text: string;
  /** Upper triangle of an editable matrix; the lower triangle mirrors it read-only. */
  isEditable: boolean;
  isInherited: boolean;
  error?: string;
  onChange: (text: string) => void;
};

/** One off-diagonal coefficient of the correlation matrix. */
export function CorrelationCell({ errorId, label, text, isEditable, isInherited, error, onChange }: CorrelationCellProps) {
  const badge = isInherited ? <span className={`${grid.originBadge} ${grid.inherited}`}>inherited</span> : null;
  const className = isInherited ? `${tables.numeric} ${grid.cellInherited}` : tables.numeric;
  if (!isEditable) {
    return (
      <td className={className}>
        {text || "0"}
        {badge}
      </td>
    );
  }
  return (
    <td className={className}>
      <input
        className={`${grid.input} ${grid.numeric}`}
        inputMode="decimal"
        size={5}
        value={text}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {badge}
      {error ? (
        <span id={errorId} className={grid.cellError}>
          {error}
        </span>
      ) : null}
    </td>
  );
}
