import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server in the test process (smtp-server, from the nodemailer project): the app sends through its real
// SMTP client, and tests read what arrived. Plain SMTP on 127.0.0.1, no auth, no STARTTLS.

export type ReceivedEmail = { to: string[]; from: string; subject: string; text: string };

export type SmtpSink = {
  url: string;
  received: ReceivedEmail[];
  /** Resolves with the first message to `to` (waiting up to `timeoutMs` for it). */
  waitFor: (to: string, timeoutMs?: number) => Promise<ReceivedEmail>;
  close: () => Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
          received.push({ to, from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const waitFor = async (to: string, timeoutMs = 5_000): Promise<ReceivedEmail> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find((email) => email.to.includes(to.toLowerCase()));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no email to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { url: `smtp://127.0.0.1:${port}`, received, waitFor, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The single-use link in an email's text (the first http(s) URL with a token). */
export function linkIn(email: ReceivedEmail): URL {
  const match = /https?:\/\/\S+token=\S+/.exec(email.text);
  if (!match) throw new Error(`no link in: ${email.text}`);
  return new URL(match[0]);
}
