import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";

// Reads what the app emailed through the e2e SMTP sink (e2e/smtp-sink.mjs), by recipient.

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2587);

export function mailboxDir(runId: string): string {
  return `.data/e2e/${runId}/mailbox`;
}

export type Mail = { to: string[]; subject: string; text: string; receivedAt: string };

function mailsTo(email: string): Mail[] {
  const dir = mailboxDir(process.env.E2E_RUN_ID ?? "");
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const mails = files.map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Mail);
  return mails.filter((mail) => mail.to.includes(email.toLowerCase()));
}

/** The latest email to `email` whose subject matches, waiting for it to arrive. */
export async function latestMail(email: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => {
      found = mailsTo(email).filter((mail) => subject.test(mail.subject)).at(-1);
      return found !== undefined;
    }, { message: `an email to ${email} with subject ${subject}`, timeout: 15_000 })
    .toBe(true);
  if (!found) throw new Error("unreachable");
  return found;
}

/** How many emails to `email` with this subject have arrived so far. */
export function countMails(email: string, subject: RegExp): number {
  return mailsTo(email).filter((mail) => subject.test(mail.subject)).length;
}

/** The single-use link in an email, as a path on the app under test. */
export function linkPathIn(mail: Mail): string {
  const match = /https?:\/\/\S+token=\S+/.exec(mail.text);
  if (!match) throw new Error(`no link in the email: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
