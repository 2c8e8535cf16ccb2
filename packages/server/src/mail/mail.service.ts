/**
 * Queuing mail, for the domains that send it (accounts, surveys, introductions): each message is
 * in its recipient's language (their account's, else the region's) and goes into the queue in
 * the caller's transaction, so that it is sent only if what caused it is committed.
 */
import { recordAudit } from '../audit/audit.js';
import type { Database, Executor } from '../db/database.js';
import { localeOr } from '../shared/locale.js';
import { MAIL_CATEGORY, type MailCategory, type MailKind } from '../shared/mail-kinds.js';
import {
  insertMails,
  insertUnsubscribe,
  recipientsOf,
  unsubscribedAmong,
  type NewMail,
} from './mail.queries.js';

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
  locale: string | null;
}

/** One message to one address (account mail: it may go to an address not yet the person's). */
export async function queueMail(
  db: Executor,
  mail: {
    kind: MailKind;
    personId: string | null;
    to: string;
    locale: string | null;
    params: Record<string, string>;
  },
) {
  const [row] = await insertMails(db, [
    {
      kind: mail.kind,
      personId: mail.personId,
      toAddress: mail.to,
      locale: localeOr(mail.locale),
      params: mail.params,
    },
  ]);
  return row!;
}

/**
 * The same kind of message to each of these people who has an email and has not unsubscribed
 * from its category; `paramsOf` gives each their own values. Returns how many were queued.
 */
export async function queueMailToPeople(
  db: Executor,
  kind: MailKind,
  personIds: readonly string[],
  paramsOf: (recipient: Recipient) => Record<string, string>,
  options: { notBefore?: Date } = {},
): Promise<number> {
  const unique = [...new Set(personIds)];
  const category = MAIL_CATEGORY[kind];
  const unsubscribed = category ? await unsubscribedAmong(db, unique, category) : new Set<string>();
  const rows: NewMail[] = [];
  for (const person of await recipientsOf(db, unique)) {
    if (!person.email || unsubscribed.has(person.id)) continue;
    const recipient = { ...person, email: person.email };
    rows.push({
      kind,
      personId: person.id,
      toAddress: person.email,
      locale: localeOr(person.locale),
      params: { displayName: person.displayName, ...paramsOf(recipient) },
      ...(options.notBefore ? { notBefore: options.notBefore } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await insertMails(db, rows.slice(i, i + 500));
  return rows.length;
}

/** One click on an unsubscribe link: no more mail of the category to this person (idempotent). */
export async function unsubscribe(db: Database, personId: string, category: MailCategory) {
  const [person] = await recipientsOf(db, [personId]);
  if (!person) return; // erased since: there is nothing left to send them
  await db.transaction(async (tx) => {
    await insertUnsubscribe(tx, personId, category);
    await recordAudit(tx, {
      actorId: null,
      action: 'mail.unsubscribe',
      entityType: 'person',
      entityId: personId,
      details: { category },
    });
  });
}
