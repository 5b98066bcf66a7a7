"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatRoleLabel, formatWhen } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import type { InvitationView } from "@/lib/users/invitations";
import { invitationsPath } from "./members-path";
import buttons from "@/app/ui/common/button.module.css";
import tables from "@/app/ui/common/table.module.css";

/** Invitations not yet accepted, each with Withdraw (its link stops working at once). */
export function PendingInvitations({ organisationId, invitations }: { organisationId: string; invitations: InvitationView[] }) {
  const router = useRouter();
  const submit = useApiSubmit();

  async function withdraw(invitationId: string) {
    const result = await submit.run(() => api.delete(invitationsPath(organisationId, invitationId)));
    if (result.ok) router.refresh();
  }

  return (
    <>
      <FormError message={submit.message} />
      <div className={tables.wrap}>
        <table className={tables.table}>
          <caption>{`${invitations.length} pending invitation${invitations.length === 1 ? "" : "s"}`}</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Invited by</th>
              <th scope="col">Expires</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{invitation.email}</th>
                <td>{formatRoleLabel(invitation.role)}</td>
                <td>{invitation.invitedByName ?? "—"}</td>
                <td>{formatWhen(invitation.expiresAt)}</td>
                <td>
                  <button
                    type="button"
                    className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
                    disabled={submit.pending}
                    aria-label={`Withdraw the invitation of ${invitation.email}`}
                    onClick={() => withdraw(invitation.id)}
                  >
                    Withdraw
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
