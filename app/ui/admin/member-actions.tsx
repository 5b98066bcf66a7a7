"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { api } from "@/lib/client/api-client";
import type { Role } from "@/lib/domain/roles";
import { ROLE_OPTIONS } from "@/app/ui/format";
import { membersPath } from "./members-path";
import { ResetPasswordButton } from "./reset-password-button";
import type { MemberView } from "./types";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./admin.module.css";

type MemberActionsProps = { organisationId: string; member: Pick<MemberView, "id" | "name" | "role" | "isActive"> };

/**
 * A member's row controls: change role (select + button, so arrow keys never submit), deactivate or reactivate,
 * and remove behind a confirmation dialog. The row's refusals (last admin, shared account, …) are announced in
 * one alert region.
 */
export function MemberActions({ organisationId, member }: MemberActionsProps) {
  const router = useRouter();
  const submit = useApiSubmit();
  const [isConfirming, setIsConfirming] = useState(false);
  const baseId = useId();
  const roleId = `${baseId}-role`;
  const errorId = `${baseId}-error`;
  const path = membersPath(organisationId, member.id);

  async function change(body: { role?: Role; isActive?: boolean }) {
    const result = await submit.run(() => api.patch(path, body));
    if (result.ok) router.refresh();
  }

  async function handleRoleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get("role");
    const option = ROLE_OPTIONS.find((candidate) => candidate.value === role);
    if (option) await change({ role: option.value });
  }

  async function remove() {
    const result = await submit.run(() => api.delete(path));
    if (!result.ok) return;
    setIsConfirming(false);
    router.refresh();
  }

  return (
    <div className={styles.actions}>
      <form className={styles.roleForm} onSubmit={handleRoleSubmit} aria-describedby={errorId}>
        <label htmlFor={roleId} className="visually-hidden">
          Role of {member.name}
        </label>
        <select id={roleId} name="role" className={forms.select} defaultValue={member.role} key={member.role}>
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} disabled={submit.pending} aria-label={`Change role of ${member.name}`}>
          Change role
        </button>
      </form>
      <button
        type="button"
        className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
        disabled={submit.pending}
        aria-label={`${member.isActive ? "Deactivate" : "Reactivate"} ${member.name}`}
        onClick={() => change({ isActive: !member.isActive })}
      >
        {member.isActive ? "Deactivate" : "Reactivate"}
      </button>
      <button
        type="button"
        className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
        disabled={submit.pending}
        aria-label={`Remove ${member.name}`}
        onClick={() => {
          submit.reset();
          setIsConfirming(true);
        }}
      >
        Remove
      </button>
      {member.isActive ? <ResetPasswordButton organisationId={organisationId} member={member} /> : null}
      <ConfirmDialog
        open={isConfirming}
        title={`Remove ${member.name} from the organisation?`}
        description="They lose access to its projects at once. Their account stays, and an admin can add it again later."
        confirmLabel="Remove user"
        pendingLabel="Removing…"
        tone="danger"
        pending={submit.pending}
        error={isConfirming ? submit.message : undefined}
        onConfirm={remove}
        onCancel={() => setIsConfirming(false)}
      />
      <FormError id={errorId} message={isConfirming ? undefined : submit.message} className={styles.formError} />
    </div>
  );
}
