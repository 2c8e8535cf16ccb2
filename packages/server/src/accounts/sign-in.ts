import type { Database } from '../db/database.js';
import { recordAudit } from '../audit/audit.js';
import { ApiError } from '../http/errors.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import {
  countRecentFailures,
  deleteSession,
  deleteSessionsOf,
  findAccountByEmail,
  insertSession,
  pruneStale,
  recordSignInAttempt,
} from './sessions.queries.js';
import { hashToken, newToken } from './tokens.js';

/** Rate limits: failed attempts allowed per window, per email and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perEmail: 5, perClient: 30 } as const;

export interface SignInRequest {
  email: string;
  password: string;
  clientAddress: string;
  userAgent: string | null;
}

/** Checks the password and opens a session; returns the cookie token and the CSRF token. */
export async function signIn(db: Database, request: SignInRequest) {
  const email = request.email.trim().toLowerCase();
  await refuseIfRateLimited(db, email, request.clientAddress);

  const account = await findAccountByEmail(db, email);
  const passwordMatches = await verifyPassword(
    account?.passwordHash ?? (await decoyPasswordHash()),
    request.password,
  );
  if (!account || !passwordMatches) {
    await recordSignInAttempt(db, { email, clientAddress: request.clientAddress, succeeded: false });
    throw new ApiError('INVALID_CREDENTIALS', 'The email or password is not right.');
  }

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await insertSession(tx, {
      tokenHash: hashToken(token),
      personId: account.personId,
      csrfToken,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await pruneStale(tx, account.personId, email, new Date(Date.now() - SIGN_IN_LIMITS.windowMs));
    await recordSignInAttempt(tx, { email, clientAddress: request.clientAddress, succeeded: true });
    await recordAudit(tx, { actorId: account.personId, action: 'session.create', entityType: 'person', entityId: account.personId });
  });
  return { token, csrfToken, personId: account.personId };
}

async function refuseIfRateLimited(db: Database, email: string, clientAddress: string) {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMs);
  const failures = await countRecentFailures(db, email, clientAddress, since);
  if (failures.byEmail >= SIGN_IN_LIMITS.perEmail || failures.byClient >= SIGN_IN_LIMITS.perClient) {
    const retryAfter = String(SIGN_IN_LIMITS.windowMs / 1000);
    throw new ApiError(
      'RATE_LIMITED',
      'Too many failed sign-in attempts. Wait 15 minutes and try again.',
      undefined,
      { 'Retry-After': retryAfter },
    );
  }
}

/** Ends this session, or every session of the person when `everywhere`. */
export async function signOut(db: Database, actor: { personId: string; tokenHash: string }, everywhere: boolean) {
  await db.transaction(async (tx) => {
    const ended = everywhere ? await deleteSessionsOf(tx, actor.personId) : (await deleteSession(tx, actor.tokenHash), 1);
    await recordAudit(tx, {
      actorId: actor.personId,
      action: everywhere ? 'session.delete_all' : 'session.delete',
      entityType: 'person',
      entityId: actor.personId,
      details: { sessionsEnded: ended },
    });
  });
}
