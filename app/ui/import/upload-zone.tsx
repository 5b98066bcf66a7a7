"use client";

import { useId, useState, type DragEvent } from "react";

const KINDS = ["parameters", "production", "capex", "opex", "consumption", "equipment", "maintenance"] as const;

/** Drop a file or choose one (the input is a real, labelled file input, so the keyboard works as usual). */
export function UploadZone({
  file,
  kind,
  onFile,
  onKind,
}: {
  file: File | null;
  kind: string;
  onFile: (file: File | null) => void;
  onKind: (kind: string) => void;
}) {
  const inputId = useId();
  const kindId = useId();
  const [isOver, setIsOver] = useState(false);
  const isCsv = file !== null && !file.name.toLowerCase().endsWith(".xlsx");
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    onFile(event.dataTransfer.files[0] ?? null);
  };
  return (
    <div className="import-upload">
      <div
        className={`import-drop${isOver ? " is-over" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>
          <strong>Drop a CSV or .xlsx file here, or choose one</strong>
          <span className="field-hint">A workbook may hold a sheet per kind; a CSV holds one kind.</span>
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
        {file ? <p className="import-file-name">Selected: {file.name}</p> : null}
      </div>
      {isCsv ? (
        <div className="field">
          <label htmlFor={kindId}>Kind of rows in the CSV</label>
          <select id={kindId} className="select" value={kind} onChange={(event) => onKind(event.target.value)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
