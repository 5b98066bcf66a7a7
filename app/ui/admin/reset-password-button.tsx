"use client";

import { useState } from "react";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import { membersPath } from "./members-path";
import { SharedLink } from "./shared-link";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";

type Issued = { emailed: boolean; path?: string; expiresAt: string };

/** Issues a password reset link for a member: emailed to them, or (without email) shown here to pass on. */
export function ResetPasswordButton({ organisationId, member }: { organisationId: string; member: { id: string; name: string } }) {
  const submit = useApiSubmit({ ACCOUNT_SHARED: `${member.name} also belongs to another organisation: only they can reset their password.` });
  const [issued, setIssued] = useState<Issued | undefined>();

  async function issue() {
    setIssued(undefined);
    const result = await submit.run(() => api.post<Issued>(`${membersPath(organisationId, member.id)}/password-link`));
    if (result.ok) setIssued(result.value);
  }

  return (
    <>
      <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} disabled={submit.pending} aria-label={`Reset the password of ${member.name}`} onClick={issue}>
        Reset password
      </button>
      <FormError message={submit.message} />
      {issued?.emailed ? <p role="status" className={forms.hint}>A reset link was emailed to {member.name}.</p> : null}
      {issued?.path ? (
        <SharedLink path={issued.path} label={`Password reset link for ${member.name}`}>
          Pass this link on to {member.name}: it lets them choose a new password once, within 24 hours.
        </SharedLink>
      ) : null}
    </>
  );
}
