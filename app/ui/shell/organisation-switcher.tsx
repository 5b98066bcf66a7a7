import { switchOrganisationAction } from "@/lib/auth/actions";
import type { CurrentUser } from "@/lib/auth/types";

/**
 * Shows the active organisation; with several memberships, a plain form to switch (works without JavaScript).
 * The server action re-checks membership before setting the cookie.
 */
export function OrganisationSwitcher({ user }: { user: CurrentUser }) {
  if (user.memberships.length < 2) {
    return (
      <p className="org-switcher">
        <span className="visually-hidden">Organisation: </span>
        <span className="org-name">{user.activeOrganisation.name}</span>
      </p>
    );
  }
  return (
    <form action={switchOrganisationAction} className="org-switcher">
      <label htmlFor="organisation-switcher" className="visually-hidden">
        Organisation
      </label>
      <select id="organisation-switcher" name="organisationId" className="select" defaultValue={user.activeOrganisation.id}>
        {user.memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary">
        Switch
      </button>
    </form>
  );
}
