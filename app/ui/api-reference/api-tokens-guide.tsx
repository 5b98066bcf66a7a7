import styles from "./api-reference.module.css";

// How a script calls the API: the one place the reference explains bearer tokens in prose (each operation lists its
// access role; the OpenAPI document declares the `apiToken` security scheme).

const EXAMPLE = `export CALMINER_URL=http://localhost:3000   # this server's address
export CALMINER_TOKEN=cmt_…                  # Your account → API tokens (shown once)

curl -H "Authorization: Bearer $CALMINER_TOKEN" "$CALMINER_URL/api/projects"

curl -X POST "$CALMINER_URL/api/simulations/run" \\
  -H "Authorization: Bearer $CALMINER_TOKEN" -H "Content-Type: application/json" \\
  -d '{"scenarioId": "…", "iterations": 1000, "seed": 42}'`;

/** The "Scripts: API tokens" section of the API reference, with a curl example. */
export function ApiTokensGuide() {
  return (
    <section aria-labelledby="api-tokens" className={styles.section}>
      <h2 id="api-tokens">Scripts: API tokens</h2>
      <p>
        Scripts call the same routes as the app, with a personal API token instead of a session cookie. Create one under{" "}
        <a href="/account">Your account</a> (name, role, days until it expires); it is shown once and stored only as a digest.
      </p>
      {/* Scrolls sideways on a phone: focusable and named so a keyboard can scroll it (axe scrollable-region-focusable). */}
      <pre className={styles.example} tabIndex={0} role="region" aria-label="Example: calling the API with a token (scrolls)">
        <code>{EXAMPLE}</code>
      </pre>
      <ul>
        <li>
          A token acts in the organisation it was created in, with the lower of its role and your current role there. Other
          organisations&apos; records answer <code>404</code>, a role too low <code>403</code>.
        </li>
        <li>
          A revoked or expired token, or one whose owner was deactivated or removed, answers <code>401</code>, even when a
          cookie is sent beside it.
        </li>
        <li>
          Writes send their body as <code>application/json</code>. Tokens cannot create or revoke tokens or end sessions (
          <code>403 SESSION_REQUIRED</code>): do that signed in.
        </li>
      </ul>
    </section>
  );
}
