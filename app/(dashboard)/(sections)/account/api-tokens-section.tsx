import type { CurrentUser } from "@/lib/auth/types";
import { listMyApiTokens } from "@/lib/users/api-tokens";
import { ApiTokens } from "@/app/ui/account/api-tokens";
import layout from "@/app/ui/common/layout.module.css";

/** The account page's API tokens section: loads the person's tokens of the active organisation through the service. */
export async function ApiTokensSection({ user }: { user: CurrentUser }) {
  const tokens = await listMyApiTokens({ user });
  return (
    <section className={layout.stack} aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title">API tokens</h2>
      <p className={layout.muted}>
        Scripts use the API with a token instead of your password: send it as <code>Authorization: Bearer cmt_…</code>. A token
        acts only in {user.activeOrganisation.name}, with the role you give it (never more than yours), until it expires or you
        revoke it. See the <a href="/api-reference#api-tokens">API reference</a>.
      </p>
      <ApiTokens tokens={tokens} maxRole={user.activeOrganisation.role} organisationName={user.activeOrganisation.name} />
    </section>
  );
}
