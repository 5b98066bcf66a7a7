import Link from "next/link";
import { switchOrganisationAction } from "@/lib/auth/actions";
import type { CurrentUser } from "@/lib/auth/types";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./menus.module.css";

/**
 * Shows the active organisation and, when the instance allows it, a link to create one. Every membership is listed
 * (user.memberships: every organisation the account belongs to); with several, a plain form switches (works without JavaScript).
 */
export function OrganisationSwitcher({ user, canCreateOrganisation = false }: { user: CurrentUser; canCreateOrganisation?: boolean }) {
  return (
    <div className={styles.orgArea}>
      <OrganisationChoice user={user} />
      {canCreateOrganisation ? (
        <Link href="/organisations/new" className={styles.newOrganisation}>
          New organisation
        </Link>
      ) : null}
    </div>
  );
}

/** The active organisation's name, or the switch form. The server action re-checks membership before setting the cookie. */
function OrganisationChoice({ user }: { user: CurrentUser }) {
  if (user.memberships.length < 2) {
    return (
      <p className={styles.orgSwitcher}>
        <span className="visually-hidden">Organisation: </span>
        <span className={styles.orgName}>{user.activeOrganisation.name}</span>
      </p>
    );
  }
  return (
    <form action={switchOrganisationAction} className={styles.orgSwitcher}>
      <label htmlFor="organisation-switcher" className="visually-hidden">
        Organisation
      </label>
      <select id="organisation-switcher" name="organisationId" className={forms.select} defaultValue={user.activeOrganisation.id}>
        {user.memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.organisationName}
          </option>
        ))}
      </select>
      <button type="submit" className={`${buttons.button} ${buttons.secondary}`}>
        Switch
      </button>
    </form>
  );
}
