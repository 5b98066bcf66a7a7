import statusStyles from "@/app/ui/common/status.module.css";

/** What a member below admin sees on an admin page (the admin page, the audit log): a 403 that names their role. */
export function AdministratorsOnly({ organisationName, roleLabel }: { organisationName: string; roleLabel: string }) {
  return (
    <section className={statusStyles.statusPage} aria-labelledby="forbidden-title">
      <p className={statusStyles.code}>403</p>
      <h1 id="forbidden-title">Administrators only</h1>
      <p>
        Your role in {organisationName} is {roleLabel.toLowerCase()}. Ask an administrator if you need to manage users or
        organisation settings.
      </p>
    </section>
  );
}
