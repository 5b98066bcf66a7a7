"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/app/ui/forms/confirm-dialog";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatRoleLabel, formatWhen } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import type { ApiTokenSummary } from "@/lib/users/api-tokens";
import badges from "@/app/ui/common/badge.module.css";
import buttons from "@/app/ui/common/button.module.css";
import tables from "@/app/ui/common/table.module.css";

/** The person's tokens in this organisation (name, prefix, role, dates), each with Revoke behind a confirmation. */
export function ApiTokenList({ tokens }: { tokens: ApiTokenSummary[] }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);

  async function revoke() {
    if (!revoking) return;
    const result = await submit.run(() => api.delete(`/api/me/tokens/${revoking.id}`));
    if (!result.ok) return;
    setRevoking(null);
    router.refresh();
  }

  if (tokens.length === 0) return <p>You have no API tokens in this organisation.</p>;
  return (
    <div className={tables.wrap}>
      <table className={tables.table}>
        <caption>{`Your API tokens (${tokens.length})`}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Starts with</th>
            <th scope="col">Role</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatRoleLabel(token.role)}</td>
              <td>{formatWhen(token.createdAt)}</td>
              <td>
                {formatWhen(token.expiresAt)} {token.isExpired ? <span className={`${badges.badge} ${badges.danger}`}>Expired</span> : null}
              </td>
              <td>{token.lastUsedAt ? formatWhen(token.lastUsedAt) : "Never"}</td>
              <td>
                <button
                  type="button"
                  className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
                  aria-label={`Revoke token ${token.name}`}
                  onClick={() => {
                    submit.reset();
                    setRevoking(token);
                  }}
                >
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke the token “${revoking?.name ?? ""}”?`}
        description="Scripts that use it are refused from their next request. This cannot be undone."
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        tone="danger"
        pending={submit.pending}
        error={revoking ? submit.message : undefined}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      />
      <FormError message={revoking ? undefined : submit.message} />
    </div>
  );
}
