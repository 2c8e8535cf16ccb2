import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/audit.js';
import type { Locale } from '../shared/locale.js';
import { rateLimitAddress } from './address-key.js';
import { MAX_DEVICE_TOKENS } from './device-cookie.js';
import {
  deleteDevice,
  deleteDevicesOf,
  findLiveDevices,
  insertDevice,
  pruneExpiredDevices,
} from './devices.queries.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { invalidCredentials } from './sign-in.messages.js';
import { pruneOldAttempts, settleAttempt } from './sign-in-attempts.queries.js';
import { reserveAttempt, WINDOW_SECONDS } from './sign-in-limits.js';
import {
  deleteSession,
  deleteSessionsOf,
  findAccountByEmail,
  insertSession,
  pruneExpiredSessions,
} from './sessions.queries.js';
import { hashToken, newToken } from './tokens.js';

export { SIGN_IN_LIMITS } from './sign-in-limits.js';

export interface SignInRequest {
  email: string;
  password: string;
  clientAddress: string;
  userAgent: string | null;
  /** The tokens of the browser's device cookie (several people may share one browser). */
  deviceTokens: string[];
  /** The language of the error messages. */
  locale: Locale;
}

/**
 * Checks the password and opens a session. Returns the session's cookie and CSRF tokens, and
 * the device cookie's new tokens: a fresh one for this email first, then the browser's other
 * live ones (it replaces the old token for this email, so a copied cookie stops working).
 */
export async function signIn(db: Database, request: SignInRequest) {
  const email = request.email.trim().toLowerCase();
  const devices = await knownDevices(db, request.deviceTokens);
  const device = devices.find((known) => known.email === email);
  const attemptId = await reserveAttempt(
    db,
    { email, address: rateLimitAddress(request.clientAddress), deviceId: device?.id ?? null },
    request.locale,
  );

  // An unknown email, or an account without a password (it signs in through an identity
  // provider), is checked against a decoy hash, so it takes as long as a wrong password.
  const account = await findAccountByEmail(db, email);
  const passwordMatches = await verifyPassword(
    account?.passwordHash ?? (await decoyPasswordHash()),
    request.password,
  );
  // An account without a password (invited, not yet set up) is refused like a wrong password.
  if (!account?.passwordHash || !passwordMatches) {
    await settleAttempt(db, attemptId, false);
    await pruneOldAttempts(db, WINDOW_SECONDS);
    throw invalidCredentials(request.locale);
  }

  const token = newToken();
  const csrfToken = newToken();
  const deviceToken = newToken();
  await db.transaction(async (tx) => {
    await insertSession(tx, {
      tokenHash: hashToken(token),
      personId: account.personId,
      csrfToken,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await settleAttempt(tx, attemptId, true);
    if (device) await deleteDevice(tx, device.id);
    await insertDevice(tx, { tokenHash: hashToken(deviceToken), personId: account.personId, email });
    await pruneExpiredSessions(tx, account.personId);
    await pruneExpiredDevices(tx);
    await recordAudit(tx, {
      actorId: account.personId,
      action: 'session.create',
      entityType: 'person',
      entityId: account.personId,
    });
  });
  await pruneOldAttempts(db, WINDOW_SECONDS);
  const otherTokens = devices.filter((known) => known !== device).map((known) => known.token);
  return {
    token,
    csrfToken,
    personId: account.personId,
    deviceTokens: [deviceToken, ...otherTokens].slice(0, MAX_DEVICE_TOKENS),
  };
}

/** The browser's device tokens that are live, with the email each was issued for. */
async function knownDevices(db: Database, tokens: string[]) {
  const byHash = new Map(tokens.map((token) => [hashToken(token), token]));
  const live = await findLiveDevices(db, [...byHash.keys()]);
  return live.map((device) => ({ id: device.id, email: device.email, token: byHash.get(device.tokenHash)! }));
}

/**
 * Ends this session, or every session of the person when `everywhere`. Signing out everywhere
 * also forgets every known device: it is what someone does after losing a laptop.
 */
export async function signOut(
  db: Database,
  actor: { personId: string; tokenHash: string },
  everywhere: boolean,
) {
  await db.transaction(async (tx) => {
    const ended = everywhere
      ? await deleteSessionsOf(tx, actor.personId)
      : (await deleteSession(tx, actor.tokenHash), 1);
    const devicesForgotten = everywhere ? await deleteDevicesOf(tx, actor.personId) : 0;
    await recordAudit(tx, {
      actorId: actor.personId,
      action: everywhere ? 'session.delete_all' : 'session.delete',
      entityType: 'person',
      entityId: actor.personId,
      details: everywhere ? { sessionsEnded: ended, devicesForgotten } : { sessionsEnded: ended },
    });
  });
}
