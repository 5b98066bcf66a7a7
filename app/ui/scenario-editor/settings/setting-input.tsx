"use client";

import { FormField, labelWithUnit } from "@/app/ui/forms/field";
import { OriginBadge } from "../grid/row-origin";
import type { SettingContext, SettingField } from "./settings-fields";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "../scenario-editor.module.css";

export type SettingSourceView = { origin: "own" | "inherited" | "overridden" | "unset"; sourceName?: string };

type SettingInputProps = {
  field: SettingField;
  context: SettingContext;
  text: string;
  savedText: string;
  source: SettingSourceView;
  errors?: readonly string[];
  isReadOnly: boolean;
  isChild: boolean;
  onChange: (text: string) => void;
  onRevert: () => void;
};

const YES_NO = [{ value: "true", label: "Yes" }, { value: "false", label: "No" }];

/** A select's choices; a stored value that is not among them (a deck renamed away, say) is still shown. */
function selectOptions(field: SettingField, context: SettingContext, text: string): readonly { value: string; label: string }[] {
  const options = field.kind === "boolean" ? YES_NO : (field.optionsOf?.(context) ?? field.options ?? []);
  return text === "" || options.some((option) => option.value === text) ? options : [...options, { value: text, label: text }];
}

function originOf(source: SettingSourceView, isEdited: boolean): "inherited" | "overridden" | undefined {
  if (source.origin === "inherited") return isEdited ? "overridden" : "inherited";
  return source.origin === "overridden" ? "overridden" : undefined;
}

/** One setting: label with unit, the control, and in a child scenario where its value comes from. */
export function SettingInput({ field, context, text, savedText, source, errors, isReadOnly, isChild, onChange, onRevert }: SettingInputProps) {
  const isEdited = text !== savedText;
  const origin = isChild ? originOf(source, isEdited) : undefined;
  const label = labelWithUnit(field.label, field.unit?.(context));
  const hint = (
    <>
      {field.hint}
      {origin ? <OriginBadge origin={origin} sourceName={source.sourceName} isUnsaved={isEdited && source.origin === "inherited"} /> : null}
      {origin === "overridden" && source.origin === "overridden" && !isReadOnly ? (
        <button type="button" className={buttons.link} onClick={onRevert} aria-label={`Revert ${field.label} to parent`}>
          Revert to parent
        </button>
      ) : null}
    </>
  );
  return (
    <FormField label={label} hint={field.hint || origin ? hint : undefined} errors={errors} className={origin === "inherited" ? styles.settingInherited : undefined} hintClassName={styles.settingHint}>
      {(control) =>
        field.kind === "select" || field.kind === "boolean" ? (
          <select className={forms.select} value={text} disabled={isReadOnly} onChange={(event) => onChange(event.target.value)} {...control}>
            {text === "" ? <option value="">Not set</option> : null}
            {selectOptions(field, context, text).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            className={forms.input}
            inputMode={field.kind === "text" ? undefined : "decimal"}
            value={text}
            readOnly={isReadOnly}
            placeholder={isChild ? "Inherit" : "Not set"}
            onChange={(event) => onChange(event.target.value)}
            {...control}
          />
        )
      }
    </FormField>
  );
}
