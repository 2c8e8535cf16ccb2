/**
 * Erasing a person, in one transaction: their profile and sign-in go, their answers go, and what
 * others' measures need (ties, memberships, snapshots, the audit trail) is re-keyed to a fresh
 * tombstone that carries no personal data, or removed where the network chose removal.
 */
import { recordAudit } from '../audit/audit.js';
import { verifyPassword } from '../accounts/passwords.js';
import { rateLimitAddress } from '../accounts/address-key.js';
import { settleAttempt } from '../accounts/sign-in-attempts.queries.js';
import { reserveAttempt } from '../accounts/sign-in-limits.js';
import { canOnPersonalData, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, conflict, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import type { Locale } from '../shared/locale.js';
import { profileOf } from './archive.queries.js';
import { deleteMailsNaming } from '../mail/mail.queries.js';
import { matchableValues, scrubAuditEntry } from './audit-scrub.js';
import {
  auditEntriesMentioning,
  deleteAffiliationsOf,
  deletePerson,
  deleteResponsesOf,
  deleteSignIn,
  insertTombstone,
  lockPerson,
  networksOnlyCoordinatedBy,
  outsideNamesTypedBy,
  outsideNamesTypedByOthers,
  passwordHashOf,
  rekeyActivity,
  removeFromResources,
  rekeyMemberships,
  rekeyNominationsOfOthers,
  removeTies,
  renameOutsideInAnalyses,
  renameOutsideInTies,
  tombstoneTies,
  updateAuditEntry,
  type OutsideName,
} from './erasure.queries.js';
import { messagesFor } from './messages.js';

export interface ErasureRequest {
  /** Whose data goes. */
  personId: string;
  /** The caller's own password, re-entered. */
  password: string;
  clientAddress: string;
  locale: Locale;
}

export interface ErasureOutcome {
  erasedAt: string;
  tombstoneId: string;
  ties: { tombstoned: number; removed: number };
}

/** Erases `personId` at the principal's request: themselves, or anyone when a platform admin asks. */
export async function erasePerson(
  db: Database,
  principal: Principal,
  request: ErasureRequest,
): Promise<ErasureOutcome> {
  const messages = messagesFor(request.locale);
  if (principal.kind !== 'person') throw unauthenticated();
  if (!canOnPersonalData(principal, 'personal_data.erase', request.personId))
    throw forbidden(messages.eraseOthers);
  await confirmPassword(db, principal.personId, request);
  const self = principal.personId === request.personId;
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, request.personId);
    if (!person || person.erased_at !== null) throw notFound('Person');
    const blocking = await networksOnlyCoordinatedBy(tx, request.personId);
    if (blocking.length > 0) {
      const names = blocking.map((n) => `“${n.name}”`).join(', ');
      throw conflict((self ? messages.soleCoordinator : messages.personSoleCoordinator)(names), {
        reason: 'SOLE_COORDINATOR',
        networks: blocking,
      });
    }
    const tombstoneId = await insertTombstone(tx);
    const personalValues = await personalValuesOf(tx, request.personId);
    const outsideValues = await anonymiseOutsideNames(tx, request.personId, tombstoneId);
    const tombstoned = await tombstoneTies(tx, request.personId, tombstoneId);
    const removed = await removeTies(tx, request.personId);
    await rekeyNominationsOfOthers(tx, request.personId, tombstoneId);
    await deleteResponsesOf(tx, request.personId);
    await rekeyMemberships(tx, request.personId, tombstoneId);
    await deleteAffiliationsOf(tx, request.personId);
    await rekeyActivity(tx, request.personId, tombstoneId);
    await removeFromResources(tx, request.personId);
    await deleteSignIn(tx, request.personId, person.email);
    await scrubAudit(tx, request.personId, tombstoneId, [...personalValues, ...outsideValues]);
    await deleteMailsNaming(tx, personalValues.slice(0, 2)); // their name and email
    await deletePerson(tx, request.personId);
    // The record of the erasure names the tombstone and who asked, never what was erased.
    await recordAudit(tx, {
      actorId: self ? tombstoneId : principal.personId,
      action: 'person.erase',
      entityType: 'person',
      entityId: tombstoneId,
      details: { requestedBy: self ? 'self' : 'admin', ties: { tombstoned, removed } },
    });
    return { erasedAt: new Date().toISOString(), tombstoneId, ties: { tombstoned, removed } };
  });
}

/**
 * The caller re-enters their password. It goes through the sign-in limits (`accounts/`), as an
 * attempt from a browser not known for this email, so a stolen session cannot be used to guess
 * the password faster than the sign-in form allows.
 */
async function confirmPassword(db: Database, callerId: string, request: ErasureRequest) {
  const messages = messagesFor(request.locale);
  const profile = await profileOf(db, callerId);
  const passwordHash = await passwordHashOf(db, callerId);
  if (!profile?.email || !passwordHash) throw forbidden(messages.noAccount);
  const key = { email: profile.email, address: rateLimitAddress(request.clientAddress), deviceId: null };
  const attemptId = await reserveAttempt(db, key, request.locale);
  const matches = await verifyPassword(passwordHash, request.password);
  await settleAttempt(db, attemptId, matches);
  if (!matches) {
    throw new ApiError('FORBIDDEN', messages.wrongPassword, {
      issues: [{ path: 'password', message: messages.wrongPassword }],
    });
  }
}

/** The person's own strings, looked for in the audit log. */
async function personalValuesOf(db: Executor, personId: string): Promise<string[]> {
  const profile = await profileOf(db, personId);
  if (!profile) return [];
  return [profile.displayName, profile.email ?? '', ...profile.expertise, ...profile.needs];
}

const outsideKey = (name: string, organisation: string | null) =>
  `${name.trim().toLowerCase()}|${(organisation ?? '').trim().toLowerCase()}`;
const outsideLabel = (name: string, organisation: string | null) =>
  organisation ? `${name} (${organisation})` : name;

/**
 * Someone outside Trellis whom only this person named is known only through their answer: the
 * name and organisation they typed become a placeholder, one per contact, so the contact stays
 * one node on the map. A contact others named too keeps the name (it is in their answers too).
 * Returns the strings replaced, to be looked for in the audit log.
 */
async function anonymiseOutsideNames(db: Executor, personId: string, tombstoneId: string): Promise<string[]> {
  const mine = await outsideNamesTypedBy(db, personId);
  const networkIds = [...new Set(mine.map((n) => n.networkId))];
  const others = new Set(
    (await outsideNamesTypedByOthers(db, personId, networkIds)).map(
      (n) => `${n.networkId}|${outsideKey(n.name, n.organisation)}`,
    ),
  );
  const placeholders = new Map<string, string>();
  const replaced: string[] = [];
  for (const name of mine) {
    const key = `${name.networkId}|${outsideKey(name.name, name.organisation)}`;
    if (others.has(key)) continue;
    if (!placeholders.has(key))
      placeholders.set(key, `Erased contact ${tombstoneId.slice(0, 8)}-${placeholders.size + 1}`);
    const placeholder = placeholders.get(key)!;
    await renameOutside(db, personId, name, placeholder);
    replaced.push(name.name, name.organisation ?? '');
  }
  return replaced;
}

async function renameOutside(db: Executor, personId: string, name: OutsideName, placeholder: string) {
  await renameOutsideInTies(db, personId, name, placeholder);
  await renameOutsideInAnalyses(db, name.networkId, outsideLabel(name.name, name.organisation), placeholder);
}

async function scrubAudit(db: Executor, personId: string, tombstoneId: string, personalValues: string[]) {
  const target = { personId, tombstoneId, personalValues };
  for (const entry of await auditEntriesMentioning(db, personId, matchableValues(personalValues))) {
    const scrubbed = scrubAuditEntry(entry, target);
    await updateAuditEntry(db, entry.id, scrubbed);
  }
}
