"use client";

import { useEffect, useRef, useState } from "react";
import alerts from "@/app/ui/common/alert.module.css";
import buttons from "@/app/ui/common/button.module.css";
import forms from "@/app/ui/forms/forms.module.css";
import styles from "./api-tokens.module.css";

export type ShownToken = { name: string; token: string; origin: string };

/** The `curl` line that lists projects with a token: what a script does first. */
export function curlExample(token: string, origin: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${origin}/api/projects`;
}

/**
 * A new token, shown this once: only its digest is stored, so it cannot be shown again. Focus moves here when it
 * appears (screen readers hear the heading); the copy button says whether copying worked in a live region.
 */
export function ApiTokenCreated({ shown, onDone }: { shown: ShownToken; onDone: () => void }) {
  const [copyNotice, setCopyNotice] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.token);
      setCopyNotice("Token copied to the clipboard.");
    } catch {
      setCopyNotice("Copying failed: select the token and copy it yourself.");
    }
  }

  return (
    <div className={`${alerts.alert} ${alerts.success} ${styles.stack}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        Token “{shown.name}” created
      </h3>
      <p>Copy it now: it is shown only this once. Keep it as secret as a password.</p>
      <div className={styles.secret}>
        <label htmlFor="new-api-token" className="visually-hidden">
          Your new API token
        </label>
        <input id="new-api-token" className={forms.input} readOnly value={shown.token} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className={`${buttons.button} ${buttons.secondary}`} onClick={copy}>
          Copy token
        </button>
      </div>
      <p role="status" className={forms.hint}>
        {copyNotice}
      </p>
      <p>Use it from a script, for example:</p>
      <pre className={styles.example}>
        <code>{curlExample(shown.token, shown.origin)}</code>
      </pre>
      <div>
        <button type="button" className={`${buttons.button} ${buttons.primary}`} onClick={onDone}>
          Done, I have copied it
        </button>
      </div>
    </div>
  );
}
