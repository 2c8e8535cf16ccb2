import type { ChangeFeed } from '../db/change-feed.js';
import type { Database } from '../db/database.js';
import { safeErrorReport } from '../shared/safe-error-report.js';
import { composeMail } from './compose.js';
import { claimNextDueMail, markMailAttemptFailed, markMailSent, requeueStaleMails } from './mail.queries.js';
import type { MailSender } from './transport.js';

export interface MailRunnerOptions {
  sender: MailSender;
  /** TRELLIS_MAIL_FROM. */
  from: string;
  /** The origin links point at. */
  baseUrl: string;
}

/** Attempts before a message is marked failed for good (about an hour of backoff in all). */
export const MAX_MAIL_ATTEMPTS = 6;

/** The wait after a failed attempt: 1, 2, 4, 8, 16 minutes… */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 2 ** Math.max(0, attempts - 1);
}

/** One-time links are not kept once a message has left for an SMTP server. */
const SECRET_PARAMS = ['token'];

/**
 * Sends the next due message; false when none is due. A failure is recorded by its kind only
 * (an SMTP server's answer may quote the message), and retried with exponential backoff.
 */
export async function sendNextMail(db: Database, options: MailRunnerOptions): Promise<boolean> {
  const mail = await claimNextDueMail(db);
  if (!mail) return false;
  try {
    const composed = await composeMail(db, mail, options.baseUrl);
    await options.sender.send({
      id: mail.id,
      from: options.from,
      to: mail.toAddress,
      subject: composed.subject,
      text: composed.text,
      html: composed.html,
      headers: composed.headers,
    });
    const kept =
      options.sender.kind === 'smtp'
        ? Object.fromEntries(Object.entries(mail.params).filter(([key]) => !SECRET_PARAMS.includes(key)))
        : undefined;
    await markMailSent(db, mail.id, kept);
  } catch (error) {
    // By kind only: an SMTP server's answer may quote the address or the message.
    console.error(`mail ${mail.id} (attempt ${mail.attempts}) failed: ${failureKind(error)}`);
    const retryAt =
      mail.attempts >= MAX_MAIL_ATTEMPTS ? null : new Date(Date.now() + retryDelayMs(mail.attempts));
    await markMailAttemptFailed(db, mail.id, { error: failureKind(error), retryAt });
  }
  return true;
}

/** What the outbox says about a failure: the error's name and code, never its message. */
function failureKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const responseCode = (error as { responseCode?: unknown }).responseCode;
    return [
      error.name,
      typeof code === 'string' ? code : null,
      typeof responseCode === 'number' ? responseCode : null,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return 'Error';
}

/** Sends everything due now (for tests and tools); returns how many were tried. */
export async function sendDueMails(db: Database, options: MailRunnerOptions): Promise<number> {
  let tried = 0;
  while (await sendNextMail(db, options)) tried += 1;
  return tried;
}

const POLL_MS = 2_000;

/**
 * The server's background mail loop: it wakes when a change is announced (a request queued mail)
 * and every two seconds, and sends due messages one at a time.
 */
export function startMailRunner(db: Database, changes: ChangeFeed, options: MailRunnerOptions) {
  let stopped = false;
  let wake: (() => void) | undefined;
  // A change with named topics touched only those (survey answers), which queue no job: waking for
  // each of the hundreds of answers saved before a deadline would cost every save a claim query.
  const unsubscribe = changes.subscribe((topics) => {
    if (topics === undefined) wake?.();
  });
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = (async () => {
    await requeueStaleMails(db).catch(() => undefined);
    while (!stopped) {
      const sent = await sendNextMail(db, options).catch((error: unknown) => {
        console.error('mail runner:', safeErrorReport(error));
        return false;
      });
      if (!sent && !stopped) await sleep();
    }
  })();
  return {
    async stop() {
      stopped = true;
      unsubscribe();
      wake?.();
      await loop;
      options.sender.close?.();
    },
  };
}
