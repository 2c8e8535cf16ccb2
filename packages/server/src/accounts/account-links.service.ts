/**
 * The account flows that go by email: a password reset, setting the first password from an
 * invitation, and changing one's email (confirmed at the new address, the old one told). Each
 * link is single-use and expires; only its token's hash is stored (account-links.table.ts).
 */
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/database.js';
import { queueMail } from '../mail/mail.service.js';
import { ApiError, conflict, forbidden, validationFailed } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { rateLimitAddress } from './address-key.js';
import { ACCOUNT_LINK_MESSAGES } from './account-links.messages.js';
import {
  consumeAccountLink,
  emailTaken,
  findPersonWithAccount,
  insertAccountLink,
  personWithAccountById,
  recentLinkCount,
  retireLinksOf,
  setPasswordHash,
  setPersonEmail,
} from './account-links.queries.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteSessionsOf, insertSession, pruneExpiredSessions } from './sessions.queries.js';
import { settleAttempt } from './sign-in-attempts.queries.js';
import { reserveAttempt } from './sign-in-limits.js';
import { hashToken, newToken } from './tokens.js';
import { passwordHashOf } from './account-password.queries.js';

/** At most this many reset mails per account per hour: more is someone else pressing the button. */
export const RESETS_PER_HOUR = 3;

const linkExpired = (locale: Locale) =>
  new ApiError('LINK_EXPIRED', ACCOUNT_LINK_MESSAGES[locale].linkExpired);

/**
 * "Forgot password": mails a reset link if the email belongs to an account, and answers the
 * same whether it does or not (nothing is returned). Beyond RESETS_PER_HOUR, nothing is sent.
 */
export async function requestPasswordReset(db: Database, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const person = await findPersonWithAccount(tx, email.trim().toLowerCase());
    if (!person?.hasAccount || !person.email) return;
    if ((await recentLinkCount(tx, person.id, 'password_reset', 3600)) >= RESETS_PER_HOUR) return;
    const token = await insertAccountLink(tx, { personId: person.id, purpose: 'password_reset' });
    await queueMail(tx, {
      kind: 'password_reset',
      personId: person.id,
      to: person.email,
      locale: person.locale,
      params: { token },
    });
    await recordAudit(tx, {
      actorId: null,
      action: 'account.password_reset_request',
      entityType: 'person',
      entityId: person.id,
    });
  });
}

/**
 * Sets the password from an invitation or reset link, ends every other session (a reset is
 * what one does after a password leaked), and opens a session: the link signs in.
 */
export async function setPasswordWithLink(
  db: Database,
  request: { token: string; password: string; userAgent: string | null; locale: Locale },
) {
  const passwordHash = await hashPassword(request.password);
  return db.transaction(async (tx) => {
    const link = await consumeAccountLink(tx, request.token, ['invitation', 'password_reset']);
    if (!link) throw linkExpired(request.locale);
    const person = await personWithAccountById(tx, link.personId);
    if (!person) throw linkExpired(request.locale);
    await setPasswordHash(tx, link.personId, passwordHash);
    await retireLinksOf(tx, link.personId, ['invitation', 'password_reset']);
    await deleteSessionsOf(tx, link.personId);
    const token = newToken();
    await insertSession(tx, {
      tokenHash: hashToken(token),
      personId: link.personId,
      csrfToken: newToken(),
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await pruneExpiredSessions(tx, link.personId);
    await recordAudit(tx, {
      actorId: link.personId,
      action: link.purpose === 'invitation' ? 'account.invitation_accept' : 'account.password_reset',
      entityType: 'person',
      entityId: link.personId,
    });
    return { sessionToken: token };
  });
}

/**
 * Asks to change the signed-in person's email: the current password is re-entered (through the
 * sign-in limits, so a stolen session guesses no faster than the form), and a link goes to the
 * new address. Nothing changes until it is followed.
 */
export async function requestEmailChange(
  db: Database,
  request: { personId: string; newEmail: string; password: string; clientAddress: string; locale: Locale },
) {
  const messages = ACCOUNT_LINK_MESSAGES[request.locale];
  const newEmail = request.newEmail.trim().toLowerCase();
  const person = await personWithAccountById(db, request.personId);
  const passwordHash = await passwordHashOf(db, request.personId);
  if (!person?.email || !passwordHash) throw forbidden(messages.noEmail);
  if (person.email === newEmail) throw validationFailed([{ path: 'newEmail', message: messages.sameEmail }]);
  const attemptId = await reserveAttempt(
    db,
    { email: person.email, address: rateLimitAddress(request.clientAddress), deviceId: null },
    request.locale,
  );
  const matches = await verifyPassword(passwordHash, request.password);
  await settleAttempt(db, attemptId, matches);
  if (!matches) {
    throw new ApiError('FORBIDDEN', messages.wrongPassword, {
      issues: [{ path: 'password', message: messages.wrongPassword }],
    });
  }
  await db.transaction(async (tx) => {
    if (await emailTaken(tx, newEmail)) throw conflict(messages.emailTaken);
    await retireLinksOf(tx, person.id, ['email_change']);
    const token = await insertAccountLink(tx, { personId: person.id, purpose: 'email_change', newEmail });
    await queueMail(tx, {
      kind: 'email_change_confirm',
      personId: person.id,
      to: newEmail,
      locale: person.locale,
      params: { token, newEmail },
    });
    await recordAudit(tx, {
      actorId: person.id,
      action: 'account.email_change_request',
      entityType: 'person',
      entityId: person.id,
    });
  });
}

/** Follows the link sent to the new address: the email changes, and the old address is told. */
export async function confirmEmailChange(db: Database, token: string, locale: Locale) {
  return db.transaction(async (tx) => {
    const link = await consumeAccountLink(tx, token, ['email_change']);
    if (!link?.newEmail) throw linkExpired(locale);
    const person = await personWithAccountById(tx, link.personId);
    if (!person) throw linkExpired(locale);
    if (await emailTaken(tx, link.newEmail)) throw conflict(ACCOUNT_LINK_MESSAGES[locale].emailTaken);
    await setPersonEmail(tx, person.id, link.newEmail);
    if (person.email) {
      await queueMail(tx, {
        kind: 'email_change_notice',
        personId: person.id,
        to: person.email,
        locale: person.locale,
        params: { newEmail: link.newEmail },
      });
    }
    await recordAudit(tx, {
      actorId: person.id,
      action: 'account.email_change',
      entityType: 'person',
      entityId: person.id,
    });
    return { email: link.newEmail };
  });
}
