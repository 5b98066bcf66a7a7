"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextAreaField, TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api, type ApiFieldErrors } from "@/lib/client/api-client";
import { OPERATION_TYPE_OPTIONS } from "@/app/ui/format";
import { readProjectForm } from "./project-input";
import type { ProjectView } from "./types";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

export const STALE_PROJECT_MESSAGE = "Someone else changed this project; reload to see their changes";

type ProjectResponse = { project: { id: string } };

export type ProjectFormProps = {
  /** The project to edit (its version is sent back); omitted to create one. */
  project?: Pick<ProjectView, "id" | "name" | "location" | "operationType" | "primaryCommodity" | "currency" | "defaultDiscountRatePct" | "description" | "version">;
  /** Where Cancel goes. */
  cancelHref: string;
  /** What a new project starts with: the organisation's defaults (organisation settings). */
  defaults?: { currency: string; defaultDiscountRatePct: number };
};

/** Create or edit a project through the JSON API; errors appear beside their fields and in the form's alert. */
export function ProjectForm({ project, cancelHref, defaults }: ProjectFormProps) {
  const router = useRouter();
  const submit = useApiSubmit({ STALE_UPDATE: STALE_PROJECT_MESSAGE });
  const [localErrors, setLocalErrors] = useState<ApiFieldErrors>({});
  const errors = { ...submit.fieldErrors, ...localErrors };
  const isEdit = Boolean(project);
  const decimal = useDecimalSeparator();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readProjectForm(new FormData(event.currentTarget), decimal);
    if (!read.ok) {
      submit.reset();
      setLocalErrors(read.fieldErrors);
      return;
    }
    setLocalErrors({});
    const result = await submit.run(() =>
      project
        ? api.patch<ProjectResponse>(`/api/projects/${project.id}`, { ...read.values, version: project.version })
        : api.post<ProjectResponse>("/api/projects", read.values),
    );
    if (!result.ok) return;
    router.push(`/projects/${result.value.project.id}`);
    router.refresh();
  }

  const hasLocalErrors = Object.keys(localErrors).length > 0;
  const message = hasLocalErrors ? "Some fields need attention; see the messages beside them." : submit.message;
  return (
    <form className={layout.panel} onSubmit={onSubmit} noValidate aria-describedby="project-form-error">
      <FormError id="project-form-error" message={message}>
        {submit.error?.code === "STALE_UPDATE" ? (
          <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} onClick={() => router.refresh()}>
            Reload the project
          </button>
        ) : null}
      </FormError>
      <div className={forms.grid}>
        <TextField label="Name" name="name" required defaultValue={project?.name} errors={errors.name} autoComplete="off" maxLength={200} />
        <TextField label="Location" name="location" defaultValue={project?.location ?? ""} errors={errors.location} hint="Region and country, e.g. Atacama, Chile" />
        <SelectField
          label="Operation type"
          name="operationType"
          required
          options={OPERATION_TYPE_OPTIONS}
          placeholder={project ? undefined : "Choose…"}
          defaultValue={project?.operationType ?? ""}
          errors={errors.operationType}
        />
        <TextField label="Primary commodity" name="primaryCommodity" required defaultValue={project?.primaryCommodity} errors={errors.primaryCommodity} hint="e.g. copper, gold, lithium" />
        <TextField
          label="Currency (ISO-4217)"
          name="currency"
          required
          defaultValue={project?.currency ?? defaults?.currency ?? "USD"}
          errors={errors.currency}
          maxLength={3}
          autoCapitalize="characters"
          hint="New scenarios start in this currency"
        />
        <NumberField
          label="Default discount rate"
          unit="%"
          name="defaultDiscountRatePct"
          required
          min={0}
          max={100}
          defaultValue={project?.defaultDiscountRatePct ?? defaults?.defaultDiscountRatePct ?? 8}
          errors={errors.defaultDiscountRatePct}
          hint="New scenarios start with this rate"
        />
        <TextAreaField label="Description" name="description" className={forms.wide} defaultValue={project?.description ?? ""} errors={errors.description} maxLength={5000} />
      </div>
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel={isEdit ? "Saving…" : "Creating…"}>
          {isEdit ? "Save changes" : "Create project"}
        </SubmitButton>
        <Link href={cancelHref} className={`${buttons.button} ${buttons.secondary}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
