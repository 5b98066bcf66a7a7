import { signOutAction } from "@/lib/auth/actions";
import { formatRole } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/types";
import { MenuDisclosure } from "./menu-disclosure";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => p?.[0]?.toUpperCase() ?? "").join("") || "?";
}

/** A disclosure menu with who is signed in, their role and organisation, and sign-out. */
export function UserMenu({ user }: { user: CurrentUser }) {
  const role = formatRole(user.activeOrganisation.role);
  return (
    <MenuDisclosure
      className="user-menu"
      summaryLabel={`User menu for ${user.name}`}
      summary={
        <>
          <span className="avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="user-summary">
            <span>{user.name}</span>
            <small>{role}</small>
          </span>
        </>
      }
    >
      <div className="user-menu-panel">
        <dl>
          <dt>Signed in as</dt>
          <dd>{user.email}</dd>
          <dt>Organisation</dt>
          <dd>{user.activeOrganisation.name}</dd>
          <dt>Role</dt>
          <dd>{role}</dd>
        </dl>
        <form action={signOutAction}>
          <button type="submit" className="button button-secondary button-block">
            Sign out
          </button>
        </form>
      </div>
    </MenuDisclosure>
  );
}
