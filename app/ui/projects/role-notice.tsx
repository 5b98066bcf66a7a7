import Link from "next/link";
import type { Role } from "@/lib/auth/types";
import { EmptyState } from "@/app/ui/common/empty-state";
import { formatRoleLabel } from "@/app/ui/format";

/** Shown instead of a form the user's role may not submit: says why, and where to go instead. */
export function RoleNotice({ role, action, backHref, backLabel }: { role: Role; action: string; backHref: string; backLabel: string }) {
  return (
    <EmptyState title="Your role cannot do this">
      <p>
        Your role ({formatRoleLabel(role)}) lets you read projects and scenarios but not {action}. Ask a project manager of your
        organisation.
      </p>
      <Link href={backHref}>{backLabel}</Link>
    </EmptyState>
  );
}
