"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { NumberField, readNumber } from "@/app/ui/forms/number-field";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { ROLE_OPTIONS } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_MIN_DAYS, API_TOKEN_NAME_MAX_CHARS } from "@/lib/domain/api-tokens";
import { ROLES, type Role } from "@/lib/domain/roles";
import type { ApiTokenSummary, CreatedApiToken } from "@/lib/users/api-tokens";
import forms from "@/app/ui/forms/forms.module.css";
import layout from "@/app/ui/common/layout.module.css";
import { ApiTokenCreated, type ShownToken } from "./api-token-created";
import { ApiTokenList } from "./api-token-list";
import styles from "./api-tokens.module.css";
import { useDecimalSeparator } from "@/app/ui/format/number-format-provider";

type ApiTokensProps = {
  tokens: ApiTokenSummary[];
  /** The person's role in the active organisation: a token's role can be at most this. */
  maxRole: Role;
  organisationName: string;
};

/**
 * Personal API tokens for scripts: create one (name, role up to the person's own, days until it expires), see it
 * once with a `curl` example, and list or revoke the tokens of this organisation. Field errors from the API appear
 * beside their fields (aria-live); the form-level error is an alert.
 */
export function ApiTokens({ tokens, maxRole, organisationName }: ApiTokensProps) {
  const router = useRouter();
  const submit = useApiSubmit();
  const decimal = useDecimalSeparator();
  const [shown, setShown] = useState<ShownToken | null>(null);
  const roleOptions = ROLE_OPTIONS.filter((option) => ROLES.indexOf(option.value) <= ROLES.indexOf(maxRole));
  const errors = submit.fieldErrors;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = { name: String(data.get("name") ?? ""), role: String(data.get("role") ?? ""), expiresInDays: readNumber(data, "expiresInDays", decimal) };
    const result = await submit.run(() => api.post<CreatedApiToken>("/api/me/tokens", body));
    if (!result.ok) return;
    setShown({ name: result.value.data.name, token: result.value.token, origin: window.location.origin });
    form.reset();
    router.refresh();
  }

  return (
    <div className={styles.stack}>
      {shown ? <ApiTokenCreated key={shown.token} shown={shown} onDone={() => setShown(null)} /> : null}
      <form className={layout.panel} onSubmit={handleSubmit} noValidate aria-labelledby="new-api-token-title" aria-describedby="new-api-token-error">
        <h3 id="new-api-token-title">New API token for {organisationName}</h3>
        <div className={forms.grid}>
          <TextField label="Name" name="name" autoComplete="off" required maxLength={API_TOKEN_NAME_MAX_CHARS} hint="What uses it, e.g. “nightly export”" errors={errors.name} />
          <SelectField label="Role" name="role" options={roleOptions} defaultValue="viewer" required hint="At most your own role" errors={errors.role} />
          <NumberField
            label="Expires in"
            unit="days"
            name="expiresInDays"
            min={API_TOKEN_MIN_DAYS}
            max={API_TOKEN_MAX_DAYS}
            step={1}
            defaultValue={API_TOKEN_DEFAULT_DAYS}
            required
            errors={errors.expiresInDays}
          />
        </div>
        <FormError id="new-api-token-error" message={submit.message} />
        <div className={forms.actions}>
          <SubmitButton pending={submit.pending} pendingLabel="Creating…">
            Create token
          </SubmitButton>
        </div>
      </form>
      <ApiTokenList tokens={tokens} />
    </div>
  );
}
