"use client";

import { useState } from "react";
import buttons from "@/app/ui/common/button.module.css";
import alerts from "@/app/ui/common/alert.module.css";
import styles from "./admin.module.css";

/**
 * A single-use link an admin passes on (when no email is configured): shown once, with a copy button. The path comes
 * from the API; the address is this page's own, since the admin and the person reach CalMiner at the same address.
 * Rendered only in the browser, after the admin's request (never on the server).
 */
export function SharedLink({ path, label, children }: { path: string; label: string; children: React.ReactNode }) {
  const url = new URL(path, window.location.origin).toString();
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  return (
    <div className={`${alerts.alert} ${alerts.notice}`} role="status">
      <p>{children}</p>
      <div className={styles.linkRow}>
        <input className={styles.linkInput} readOnly value={url} aria-label={label} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className={`${buttons.button} ${buttons.secondary} ${buttons.small}`} onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
