// The e2e tests' mail server: a real SMTP server (smtp-server, from the nodemailer project) that the app under test
// sends invitations and reset links to. Each message is written as JSON to E2E_MAILBOX for the tests to read.
// Started by playwright.config.ts as a web server next to the app; plain SMTP on 127.0.0.1, no auth, no STARTTLS.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.E2E_SMTP_PORT ?? "2587");
const mailbox = process.env.E2E_MAILBOX ?? ".data/e2e/mailbox";
mkdirSync(mailbox, { recursive: true });
let counter = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        counter += 1;
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const message = { to, subject: mail.subject ?? "", text: mail.text ?? "", receivedAt: new Date().toISOString() };
        writeFileSync(join(mailbox, `${Date.now()}-${counter}.json`), JSON.stringify(message));
        callback();
      })
      .catch((error) => callback(error));
  },
});
server.listen(port, "127.0.0.1", () => console.info(`e2e SMTP sink on 127.0.0.1:${port}, writing to ${mailbox}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
