"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { formatRoleLabel, ROLE_OPTIONS } from "@/app/ui/format";
import { membersPath } from "./members-path";
import type { MemberView } from "./types";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

type Mode = "new" | "existing";

const MIN_PASSWORD_LENGTH = 12;

/** The request body the API expects for each mode: an existing account is named by its email only. */
function toBody(form: HTMLFormElement, mode: Mode): Record<string, string> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const body: Record<string, string> = { email: text("email"), role: text("role") };
  if (mode === "new") {
    body.name = text("name");
    body.password = text("password");
  }
  return body;
}

/**
 * Creates an account in the organisation, or adds an existing account by email. Field errors from the API appear
 * beside their fields (aria-live); the form-level error is an alert; success is announced in a status region.
 */
export function AddMemberForm({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const [mode, setMode] = useState<Mode>("new");
  const [notice, setNotice] = useState("");
  const errors = submit.fieldErrors;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setNotice("");
    const result = await submit.run(() => api.post<{ data: MemberView }>(membersPath(organisationId), toBody(form, mode)));
    if (!result.ok) return;
    const { name, role } = result.value.data;
    setNotice(`${name} was added to ${organisationName} as ${formatRoleLabel(role).toLowerCase()}.`);
    form.reset();
    router.refresh();
  }

  return (
    <form className={layout.panel} onSubmit={handleSubmit} noValidate aria-labelledby="add-member-title" aria-describedby="add-member-error">
      <h2 id="add-member-title">Add a user</h2>
      <fieldset className={forms.choiceGroup}>
        <legend>Account</legend>
        {(["new", "existing"] as const).map((value) => (
          <label key={value} className={forms.choice}>
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === "new" ? "Create a new account" : "Add an existing account by email"}
          </label>
        ))}
      </fieldset>
      <div className={forms.grid}>
        {mode === "new" ? <TextField label="Name" name="name" autoComplete="off" required errors={errors.name} /> : null}
        <TextField label="Email" name="email" type="email" autoComplete="off" required errors={errors.email} />
        <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue="viewer" required errors={errors.role} />
        {mode === "new" ? (
          <TextField
            label="Initial password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with the person privately.`}
            errors={errors.password}
          />
        ) : null}
      </div>
      <FormError id="add-member-error" message={submit.message} />
      <p role="status" className={forms.hint}>
        {notice}
      </p>
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel="Adding…">
          {mode === "new" ? "Create user" : "Add user"}
        </SubmitButton>
      </div>
    </form>
  );
}
