import Link from "next/link";
import { formatRole } from "@/lib/auth/roles";
import type { Role } from "@/lib/auth/types";
import { EmptyState } from "@/app/ui/common/empty-state";

/** Shown instead of a form the user's role may not submit: says why, and where to go instead. */
export function RoleNotice({ role, action, backHref, backLabel }: { role: Role; action: string; backHref: string; backLabel: string }) {
  return (
    <EmptyState title="Your role cannot do this">
      <p>
        Your role ({formatRole(role)}) lets you read projects and scenarios but not {action}. Ask a project manager of your
        organisation.
      </p>
      <Link href={backHref}>{backLabel}</Link>
    </EmptyState>
  );
}
