import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** A message as the runner hands it to a sender. */
export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Where mail goes: an SMTP server, or a folder of .eml files (and the outbox page). */
export interface MailSender {
  kind: 'smtp' | 'log';
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

const message = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  html: mail.html,
  headers: mail.headers,
});

/** Sends through the SMTP server of TRELLIS_SMTP_URL (smtp:// or smtps://user:pass@host:port). */
export function smtpSender(url: string): MailSender {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    send: async (mail) => {
      await transport.sendMail(message(mail));
    },
    close: () => transport.close(),
  };
}

/**
 * Without SMTP, each message is written as `<folder>/<time>-<id>.eml`, the file a mail program
 * opens; the admin's outbox page shows the same messages.
 */
export function logFolderSender(folder: string): MailSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'log',
    send: async (mail) => {
      const info = await transport.sendMail(message(mail));
      await mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(folder, `${stamp}-${mail.id}.eml`), info.message as Buffer, { mode: 0o600 });
    },
  };
}
