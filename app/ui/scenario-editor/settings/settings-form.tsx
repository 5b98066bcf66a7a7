"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, type FormEvent } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { useReportUnsaved } from "../unsaved-changes";
import { SettingInput, type SettingSourceView } from "./setting-input";
import { localiseSettingTexts, SETTING_GROUPS, settingProblem, settingValue, type SettingContext, type SettingKey } from "./settings-fields";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";
import buttons from "@/app/ui/common/button.module.css";
import styles from "../scenario-editor.module.css";

type SettingsFormProps = {
  scenarioId: string;
  version: number;
  texts: Record<SettingKey, string>;
  sources: Record<SettingKey, SettingSourceView>;
  context: SettingContext;
  isChild: boolean;
  isReadOnly: boolean;
};

const MESSAGES = { STALE_UPDATE: "Someone else changed this scenario since you opened it. Reload the page to see their changes; nothing was saved." };
const ALL_FIELDS = SETTING_GROUPS.flatMap((group) => group.fields);

/** General & economics: the scenario's settings, saved with one PATCH of the changed values only. */
export function SettingsForm({ scenarioId, version, texts: serverTexts, sources, context, isChild, isReadOnly }: SettingsFormProps) {
  const router = useRouter();
  const decimal = useDecimalSeparator();
  const texts = useMemo(() => localiseSettingTexts(ALL_FIELDS, serverTexts, decimal), [serverTexts, decimal]);
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const submit = useApiSubmit(MESSAGES);
  const [values, setValues] = useState(texts);
  const [loaded, setLoaded] = useState({ version, texts });
  const [status, setStatus] = useState("");
  if (loaded.version !== version) {
    setLoaded({ version, texts });
    setValues(texts);
  }
  const changed = ALL_FIELDS.filter((field) => values[field.key] !== loaded.texts[field.key]);
  useReportUnsaved("settings", changed.length > 0);

  const send = async (patch: Record<string, unknown>, done: string) => {
    const result = await submit.run(() => api.patch(`/api/scenarios/${scenarioId}`, { version, ...patch }));
    if (result.ok) {
      setStatus(done);
      router.refresh();
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = Object.fromEntries(changed.flatMap((field) => {
      const problem = settingProblem(field, values[field.key], context, decimal);
      return problem ? [[field.key, [problem]]] : [];
    }));
    setProblems(refused);
    if (Object.keys(refused).length > 0) return;
    void send(Object.fromEntries(changed.map((field) => [field.key, settingValue(field, values[field.key], decimal)])), `Saved ${changed.length} setting${changed.length === 1 ? "" : "s"}.`);
  };
  return (
    <form className={styles.settingsForm} onSubmit={onSubmit} aria-describedby="settings-form-error" noValidate>
      <FormError id="settings-form-error" message={submit.message ? `${submit.message}${submit.error?.code === "STALE_UPDATE" ? "" : " Nothing was saved."}` : undefined} />
      <p className="visually-hidden" role="status">{status}</p>
      {SETTING_GROUPS.map((group) => (
        <fieldset key={group.title} className={styles.settingsGroup}>
          <legend>{group.title}</legend>
          <div className={styles.settingsGrid}>
            {group.fields.map((field) => (
              <SettingInput
                key={field.key}
                field={field}
                context={context}
                text={values[field.key]}
                savedText={loaded.texts[field.key]}
                source={sources[field.key]}
                errors={problems[field.key] ?? submit.fieldErrors[field.key]}
                isReadOnly={isReadOnly}
                isChild={isChild}
                onChange={(text) => setValues((current) => ({ ...current, [field.key]: text }))}
                onRevert={() => void send({ [field.key]: null }, `${field.label} reverted to the parent's value.`)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      {isReadOnly ? null : (
        <div className={`${styles.footer} ${styles.stickyActions}`}>
          {changed.length > 0 ? <span className={styles.unsaved} role="status">Unsaved changes ({changed.length})</span> : null}
          <button type="button" className={`${buttons.button} ${buttons.secondary}`} disabled={changed.length === 0 || submit.pending} onClick={() => setValues(loaded.texts)}>
            Discard changes
          </button>
          <SubmitButton pending={submit.pending} pendingLabel="Saving…" disabled={changed.length === 0}>
            Save settings
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
