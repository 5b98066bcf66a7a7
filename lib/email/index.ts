import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env.mjs";
import { processSingleton } from "@/lib/process/singleton";

// Email for invitations and password resets, through the SMTP server of SMTP_URL (nodemailer: the maintained SMTP
// client for Node, with pooling, TLS and auth). Without SMTP_URL nothing is sent and the callers show the link to
// the admin instead. Links start with APP_BASE_URL, never with the request's Host (a forged Host must not redirect
// a reset link).

export type OutgoingEmail = { to: string; subject: string; text: string };

const SEND_TIMEOUT_MS = 15_000;
const state = processSingleton<{ transport?: Transporter; url?: string }>("email", () => ({}));

export function isEmailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

function transport(): Transporter {
  const url = env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set");
  if (!state.transport || state.url !== url) {
    state.transport = nodemailer.createTransport(url, { from: env.SMTP_FROM, connectionTimeout: SEND_TIMEOUT_MS, socketTimeout: SEND_TIMEOUT_MS });
    state.url = url;
  }
  return state.transport;
}

/** Sends one plain-text email. @throws when the server refuses it or cannot be reached */
export async function sendEmail(email: OutgoingEmail): Promise<void> {
  await transport().sendMail({ from: env.SMTP_FROM, to: email.to, subject: email.subject, text: email.text });
}

/** The absolute URL of an app path for a link a person opens from elsewhere (email, the setup command's output). */
export function appUrl(path: string): string {
  const base = env.APP_BASE_URL ?? "http://localhost:3000";
  return new URL(path.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).toString();
}
