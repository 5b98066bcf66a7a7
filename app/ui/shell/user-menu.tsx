import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import type { CurrentUser } from "@/lib/auth/types";
import { formatRoleLabel } from "@/app/ui/format";
import { MenuDisclosure } from "./menu-disclosure";
import buttons from "@/app/ui/common/button.module.css";
import layout from "@/app/ui/common/layout.module.css";
import styles from "./menus.module.css";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => p?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** A disclosure menu with who is signed in, their role and organisation, and sign-out. */
export function UserMenu({ user }: { user: CurrentUser }) {
  const role = formatRoleLabel(user.activeOrganisation.role);
  return (
    <MenuDisclosure
      className={styles.userMenu}
      summaryLabel="User menu:"
      summary={
        <>
          <span className={styles.avatar} aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className={styles.userSummary}>
            <span>{user.name}</span>
            <small>{role}</small>
          </span>
        </>
      }
    >
      <div className={styles.panel}>
        <dl className={layout.pairs}>
          <dt>Signed in as</dt>
          <dd>{user.email}</dd>
          <dt>Organisation</dt>
          <dd>{user.activeOrganisation.name}</dd>
          <dt>Role</dt>
          <dd>{role}</dd>
        </dl>
        <Link href="/account" className={`${buttons.button} ${buttons.secondary} ${buttons.block}`}>
          Your account and sessions
        </Link>
        <form action={signOutAction}>
          <button type="submit" className={`${buttons.button} ${buttons.secondary} ${buttons.block}`}>
            Sign out
          </button>
        </form>
      </div>
    </MenuDisclosure>
  );
}
