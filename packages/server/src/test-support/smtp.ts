import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A local SMTP server for one test file: every message it receives, parsed. */
export async function startTestSmtpServer(options: { user: string; pass: string }) {
  const received: ParsedMail[] = [];
  // Addresses whose next messages are refused, and how many more: per address, so that other tests' mail
  // still queued when this one sends cannot take the refusal meant for it.
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass)
        callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      const left = refusals.get(address.address.toLowerCase()) ?? 0;
      if (left === 0) return callback();
      refusals.set(address.address.toLowerCase(), left - 1);
      const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
      error.responseCode = 451;
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${options.user}:${options.pass}@127.0.0.1:${port}`,
    received,
    /** Messages received for this address. */
    to: (address: string) =>
      received.filter((mail) => {
        const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
        return to.some((entry) => entry.value.some((value) => value.address === address));
      }),
    /** The next `count` messages to `address` are refused with a temporary failure (451). */
    refuse: (address: string, count: number) => {
      refusals.set(address.toLowerCase(), count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
