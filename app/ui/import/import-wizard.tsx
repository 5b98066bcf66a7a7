"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { sendImport, type CommitData, type ImportPreviewData } from "./import-api";
import { KindCounts, ProblemTable } from "./preview-tables";
import { UploadZone } from "./upload-zone";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./import.module.css";

type Stage =
  | { step: "choose" }
  | { step: "preview"; preview: ImportPreviewData }
  | { step: "done"; result: CommitData };

/** Upload -> preview (every problem, counts per kind) -> commit -> what was written. */
export function ImportWizard({ scenarioId, editorHref, canImport }: { scenarioId: string; editorHref: string; canImport: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState("production");
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  const chooseFile = (next: File | null) => {
    setFile(next);
    setStage({ step: "choose" });
    setMessage(null);
  };

  const check = async () => {
    if (!file) return setMessage("Choose a file first");
    setIsBusy(true);
    const answer = await sendImport(scenarioId, { file, kind, isDryRun: true });
    setIsBusy(false);
    setMessage(answer.ok ? null : answer.message);
    setStage(answer.ok ? { step: "preview", preview: answer.preview } : { step: "choose" });
    statusRef.current?.focus();
  };

  const commit = async (preview: ImportPreviewData) => {
    if (!file) return;
    setIsBusy(true);
    const answer = await sendImport(scenarioId, { file, kind, version: preview.scenarioVersion, isDryRun: false });
    setIsBusy(false);
    if (answer.ok) setStage({ step: "done", result: answer.preview as CommitData });
    else {
      setMessage(answer.status === 409 ? "The scenario changed since the preview; check the file again" : answer.message);
      setStage(answer.preview ? { step: "preview", preview: answer.preview } : { step: "choose" });
    }
    statusRef.current?.focus();
  };

  if (!canImport) {
    return <p className={alerts.alert}>Your role can read this scenario but not import into it; ask a project manager.</p>;
  }
  return (
    <section className={`${styles.wizard} ${layout.panel}`} aria-label="Import a file">
      {stage.step !== "done" ? (
        <>
          <UploadZone file={file} kind={kind} onFile={chooseFile} onKind={setKind} />
          <div className={forms.actions}>
            <button type="button" className={`${buttons.button} ${buttons.primary}`} onClick={check} disabled={isBusy || !file}>
              {isBusy && stage.step === "choose" ? "Checking…" : "Check the file"}
            </button>
          </div>
        </>
      ) : null}
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className={styles.status}>
        {message ? <p className={`${alerts.alert} ${alerts.error}`}>{message}</p> : null}
        {stage.step === "preview" ? <PreviewStage preview={stage.preview} isBusy={isBusy} onCommit={commit} /> : null}
        {stage.step === "done" ? <DoneStage result={stage.result} editorHref={editorHref} /> : null}
      </div>
    </section>
  );
}

function PreviewStage({ preview, isBusy, onCommit }: { preview: ImportPreviewData; isBusy: boolean; onCommit: (p: ImportPreviewData) => void }) {
  return (
    <div className={styles.step}>
      <h2>Preview of {preview.fileName}</h2>
      <KindCounts preview={preview} caption="What the import would do (each kind in the file replaces that kind's rows)" />
      {preview.isValid ? (
        <>
          <p>No problems found. Nothing has been written yet.</p>
          <button type="button" className={`${buttons.button} ${buttons.primary}`} onClick={() => onCommit(preview)} disabled={isBusy}>
            {isBusy ? "Importing…" : "Commit the import"}
          </button>
        </>
      ) : (
        <>
          <p className={`${alerts.alert} ${alerts.error}`}>
            Fix the file and upload again: nothing is written while a problem remains.
          </p>
          <ProblemTable preview={preview} />
        </>
      )}
    </div>
  );
}

function DoneStage({ result, editorHref }: { result: CommitData; editorHref: string }) {
  return (
    <div className={styles.step}>
      <h2>Imported {result.fileName}</h2>
      <p className={alerts.alert}>
        Every row was written in one transaction; the scenario is now at version {result.committedVersion}.
      </p>
      <KindCounts preview={result} caption="What was written" />
      <p>
        <Link href={editorHref} className={`${buttons.button} ${buttons.primary}`}>
          Back to the scenario inputs
        </Link>
      </p>
    </div>
  );
}
