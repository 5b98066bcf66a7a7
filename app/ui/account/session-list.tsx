"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/app/ui/forms/form-error";
import { useApiSubmit } from "@/app/ui/forms/use-api-submit";
import { formatWhen } from "@/app/ui/format";
import { api } from "@/lib/client/api-client";
import type { SessionSummary } from "@/lib/users/sessions";
import badges from "@/app/ui/common/badge.module.css";
import buttons from "@/app/ui/common/button.module.css";
import tables from "@/app/ui/common/table.module.css";
import styles from "./account.module.css";

const SESSIONS_PATH = "/api/me/sessions";

/**
 * Where the person is signed in: one row per live session (device, address, sign-in, last activity), each other
 * device with its own sign-out, and "sign out everywhere else" / "everywhere". Ending the current session leaves
 * for the sign-in page, since this browser's cookie no longer works.
 */
export function SessionList({ sessions }: { sessions: SessionSummary[] }) {
  const router = useRouter();
  const submit = useApiSubmit();
  const others = sessions.filter((session) => !session.isCurrent);

  async function end(work: () => Promise<unknown>, { leaves }: { leaves: boolean }) {
    const result = await submit.run(work);
    if (!result.ok) return;
    // Leaving: this browser's session has ended, so the page itself would send it to sign in.
    if (leaves) router.replace("/sign-in");
    else router.refresh();
  }

  return (
    <div className={styles.stack}>
      <FormError message={submit.message} />
      <div className={tables.wrap}>
        <table className={tables.table}>
          <caption>{`Signed in on ${sessions.length} device${sessions.length === 1 ? "" : "s"}`}</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Address</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last active</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {session.device} {session.isCurrent ? <span className={badges.badge}>This device</span> : null}
                </th>
                <td>{session.clientAddress || "Unknown"}</td>
                <td>{formatWhen(session.createdAt)}</td>
                <td>{formatWhen(session.lastSeenAt)}</td>
                <td>
                  <button
                    type="button"
                    className={`${buttons.button} ${buttons.secondary} ${buttons.small}`}
                    disabled={submit.pending}
                    aria-label={session.isCurrent ? "Sign out on this device" : `Sign out ${session.device}, signed in ${formatWhen(session.createdAt)}`}
                    onClick={() => end(() => api.delete(`${SESSIONS_PATH}/${session.id}`), { leaves: session.isCurrent })}
                  >
                    Sign out
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className={`${buttons.button} ${buttons.secondary}`}
          disabled={submit.pending || others.length === 0}
          onClick={() => end(() => api.delete(SESSIONS_PATH, { query: { keepCurrent: true } }), { leaves: false })}
        >
          Sign out everywhere else
        </button>
        <button type="button" className={`${buttons.button} ${buttons.danger}`} disabled={submit.pending} onClick={() => end(() => api.delete(SESSIONS_PATH), { leaves: true })}>
          Sign out everywhere
        </button>
      </div>
    </div>
  );
}
