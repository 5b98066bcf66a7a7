"use client";

import { useId, useState, type DragEvent } from "react";
import forms from "@/app/ui/forms/forms.module.css";
import { IMPORT_KINDS as KINDS } from "@/lib/domain/row-kinds";
import styles from "./import.module.css";


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
    <div>
      <div
        className={isOver ? `${styles.drop} ${styles.isOver}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>
          <strong>Drop a CSV or .xlsx file here, or choose one</strong>
          <span className={forms.hint}>A workbook may hold a sheet per kind; a CSV holds one kind.</span>
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
        {file ? <p className={styles.fileName}>Selected: {file.name}</p> : null}
      </div>
      {isCsv ? (
        <div className={forms.field}>
          <label htmlFor={kindId}>Kind of rows in the CSV</label>
          <select id={kindId} className={forms.select} value={kind} onChange={(event) => onKind(event.target.value)}>
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
