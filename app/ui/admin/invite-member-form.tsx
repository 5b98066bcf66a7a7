"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/app/ui/forms/field";
import { FormError } from "@/app/ui/forms/form-error";
import { SelectField } from "@/app/ui/forms/select-field";
import { SubmitButton } from "@/app/ui/forms/submit-button";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import type { Role } from "@/lib/domain/roles";
import { formatRoleLabel, ROLE_OPTIONS } from "@/app/ui/format";
import { invitationsPath } from "./members-path";
import { SharedLink } from "./shared-link";
import layout from "@/app/ui/common/layout.module.css";
import forms from "@/app/ui/forms/forms.module.css";

type Invited = { data: { email: string; role: Role; expiresAt: string }; emailed: boolean; path?: string };

/**
 * Invites a person by email with a role. They choose their own name and password (or accept with the account they
 * have): no admin ever sets or sees a password. Without email, the admin gets the single-use link to pass on.
 */
export function InviteMemberForm({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const router = useRouter();
  const submit = useApiSubmit({ ALREADY_MEMBER: "This person is already a member of the organisation." });
  const [invited, setInvited] = useState<Invited | undefined>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setInvited(undefined);
    const result = await submit.run(() => api.post<Invited>(invitationsPath(organisationId), { email: String(data.get("email") ?? ""), role: String(data.get("role") ?? "") }));
    if (!result.ok) return;
    setInvited(result.value);
    form.reset();
    router.refresh();
  }

  const who = invited ? `${invited.data.email} (${formatRoleLabel(invited.data.role).toLowerCase()})` : "";
  return (
    <form className={layout.panel} onSubmit={handleSubmit} noValidate aria-labelledby="invite-title" aria-describedby="invite-error">
      <h2 id="invite-title">Invite a person</h2>
      <p className={forms.hint}>They get a link to join {organisationName}, valid for seven days, and choose their own password.</p>
      <div className={forms.grid}>
        <TextField label="Email" name="email" type="email" autoComplete="off" required errors={submit.fieldErrors.email} />
        <SelectField label="Role" name="role" options={ROLE_OPTIONS} defaultValue="viewer" required errors={submit.fieldErrors.role} />
      </div>
      <FormError id="invite-error" message={submit.message} />
      {invited?.emailed ? (
        <p role="status" className={forms.hint}>
          Invitation sent to {who}.
        </p>
      ) : null}
      {invited?.path ? (
        <SharedLink path={invited.path} label={`Invitation link for ${invited.data.email}`}>
          Invitation for {who} created. This CalMiner sends no email: pass this link on to them yourself. It works once.
        </SharedLink>
      ) : null}
      <div className={forms.actions}>
        <SubmitButton pending={submit.pending} pendingLabel="Inviting…">
          Invite
        </SubmitButton>
      </div>
    </form>
  );
}
