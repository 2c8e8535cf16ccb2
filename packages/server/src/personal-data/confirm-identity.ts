/**
 * Erasure cannot be undone, so the caller proves again that they are who the session says. Someone
 * with a password re-enters it; someone who signs in only through a school's identity provider has
 * no password to re-enter, so a sign-in made in the last few minutes stands in for it (as GitHub's
 * "sudo mode" does): they sign in again at the provider, then erase.
 */
import { rateLimitAddress } from '../accounts/address-key.js';
import { verifyPassword } from '../accounts/passwords.js';
import { settleAttempt } from '../accounts/sign-in-attempts.queries.js';
import { reserveAttempt } from '../accounts/sign-in-limits.js';
import type { Database } from '../db/database.js';
import { ApiError, forbidden } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { RECENT_SIGN_IN_MINUTES } from '../shared/vocabulary.js';
import { profileOf } from './archive.queries.js';
import { signInMethodsOf } from './erasure.queries.js';
import { PERSONAL_DATA_TEXTS as texts, signInAgain } from './personal-data.texts.js';

/** What the caller must show: a password, or a sign-in at the provider that is still recent until `until`. */
export type Confirmation = { kind: 'password' } | { kind: 'recent-sign-in'; until: Date };

export async function confirmationFor(
  db: Database,
  personId: string,
  signedInAt: Date,
): Promise<Confirmation | undefined> {
  const methods = await signInMethodsOf(db, personId);
  if (methods?.passwordHash) return { kind: 'password' };
  if (methods?.viaProvider)
    return {
      kind: 'recent-sign-in',
      until: new Date(signedInAt.getTime() + RECENT_SIGN_IN_MINUTES * 60_000),
    };
  return undefined;
}

export interface IdentityProof {
  password?: string | undefined;
  /** When the caller's session signed in. */
  signedInAt: Date;
  clientAddress: string;
  locale: Locale;
}

export async function confirmIdentity(db: Database, callerId: string, proof: IdentityProof): Promise<void> {
  const profile = await profileOf(db, callerId);
  const confirmation = profile?.email ? await confirmationFor(db, callerId, proof.signedInAt) : undefined;
  if (!confirmation) throw forbidden(texts.noAccount);
  if (confirmation.kind === 'recent-sign-in') {
    if (Date.now() > confirmation.until.getTime()) {
      throw new ApiError('FORBIDDEN', signInAgain(RECENT_SIGN_IN_MINUTES), { reason: 'SIGN_IN_AGAIN' });
    }
    return;
  }
  if (!proof.password) {
    throw new ApiError('VALIDATION_FAILED', texts.passwordNeeded, {
      issues: [{ path: 'password', message: texts.passwordNeeded }],
    });
  }
  await checkPassword(db, profile!.email!, callerId, proof);
}

/**
 * The password goes through the sign-in limits (`accounts/`), as an attempt from a browser not
 * known for this email, so a stolen session cannot be used to guess the password faster than the
 * sign-in form allows.
 */
async function checkPassword(db: Database, email: string, callerId: string, proof: IdentityProof) {
  const methods = await signInMethodsOf(db, callerId);
  const key = { email, address: rateLimitAddress(proof.clientAddress), deviceId: null };
  const attemptId = await reserveAttempt(db, key, proof.locale);
  const matches = await verifyPassword(methods!.passwordHash!, proof.password!);
  await settleAttempt(db, attemptId, matches);
  if (!matches) {
    throw new ApiError('FORBIDDEN', texts.wrongPassword, {
      issues: [{ path: 'password', message: texts.wrongPassword }],
    });
  }
}
