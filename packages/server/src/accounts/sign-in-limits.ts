/**
 * How sign-in slows guessing without locking owners out: OWASP's "device cookie" pattern
 * (Slow Down Online Guessing Attacks with Device Cookies).
 *
 * A browser that signed in with an email gets a device cookie for it. An attempt that presents
 * one is limited only by that device's own failures, so an attacker elsewhere cannot lock the
 * owner out, and a correct password from a known device always gets through. Attempts without
 * one ("untrusted") are limited per email and address (one place guessing one account), per
 * email (guessing one account from many places), and per address by how many different emails
 * failed from it (credential stuffing). Refused attempts are not recorded, so a limit lifts
 * when its window has passed, whatever an attacker keeps sending.
 *
 * Checking and counting are one step: inside a transaction holding an advisory lock on each
 * bucket, the buckets are read and, if there is room, a pending attempt is recorded before the
 * password is checked. Parallel attempts queue on the lock and see each other's pending rows,
 * so a limit of 5 lets at most 5 passwords be checked. (PGlite runs transactions one at a time;
 * the same code is correct there without the locks doing anything.)
 */
import type { Database, Executor } from '../db/database.js';
import type { Locale } from '../shared/locale.js';
import { rateLimited } from './sign-in.messages.js';
import {
  byAddress,
  byDevice,
  byEmail,
  byEmailAndAddress,
  distinctEmailBucket,
  failureBucket,
  insertPendingAttempt,
  lockAttemptKeys,
  type AttemptKey,
  type BucketState,
} from './sign-in-attempts.queries.js';

/** Failures allowed per window (15 minutes) in each bucket. */
export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  /** One known device with its own email: the owner's typos. */
  perDevice: 10,
  /** One email from one address, without a known device. */
  perEmailAndAddress: 5,
  /** One email from anywhere, without a known device. */
  perEmail: 10,
  /** Different emails failing from one address, without a known device. */
  emailsPerAddress: 20,
} as const;

/** The window in seconds, as the queries take it. */
export const WINDOW_SECONDS = SIGN_IN_LIMITS.windowMs / 1000;

/**
 * Reserves the right to check one password: refuses with RATE_LIMITED (and when to retry), or
 * records a pending attempt and returns its id for `settleAttempt`.
 */
export async function reserveAttempt(db: Database, key: AttemptKey, locale: Locale): Promise<number> {
  return db.transaction(async (tx) => {
    await lockAttemptKeys(tx, lockKeys(key));
    const retryAfterSeconds = await secondsUntilAllowed(tx, key);
    if (retryAfterSeconds !== null) throw rateLimited(retryAfterSeconds, locale);
    return insertPendingAttempt(tx, key);
  });
}

/** The buckets an attempt reads and writes, named for their locks. */
function lockKeys(key: AttemptKey): string[] {
  return key.deviceId ? [`device ${key.deviceId}`] : [`email ${key.email}`, `address ${key.address}`];
}

/** Null when every bucket the attempt counts against has room; else the longest wait. */
async function secondsUntilAllowed(db: Executor, key: AttemptKey): Promise<number | null> {
  const buckets: Array<Promise<BucketState>> = key.deviceId
    ? [failureBucket(db, byDevice(key.deviceId), SIGN_IN_LIMITS.perDevice, WINDOW_SECONDS)]
    : [
        failureBucket(
          db,
          byEmailAndAddress(key.email, key.address),
          SIGN_IN_LIMITS.perEmailAndAddress,
          WINDOW_SECONDS,
        ),
        failureBucket(db, byEmail(key.email), SIGN_IN_LIMITS.perEmail, WINDOW_SECONDS),
        distinctEmailBucket(db, byAddress(key.address), SIGN_IN_LIMITS.emailsPerAddress, WINDOW_SECONDS),
      ];
  const waits = (await Promise.all(buckets))
    .map((bucket) => bucket.retryAfterSeconds)
    .filter((wait) => wait !== null);
  return waits.length > 0 ? Math.max(...waits) : null;
}
