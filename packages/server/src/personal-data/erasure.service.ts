/**
 * Erasing a person, in one transaction: their profile and sign-in go, their answers go, and what
 * others' measures need (ties, memberships, snapshots, the audit trail) is re-keyed to a fresh
 * tombstone that carries no personal data, or removed where the network chose removal.
 */
import { recordAudit } from '../audit/audit.js';
import { canOnPersonalData, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, forbidden, notFound, unauthenticated } from '../shared/errors.js';
import { profileOf } from './archive.queries.js';
import { confirmIdentity, type IdentityProof } from './confirm-identity.js';
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
import {
  PERSONAL_DATA_TEXTS as texts,
  personSoleCoordinator,
  soleCoordinator,
} from './personal-data.texts.js';

export interface ErasureRequest extends IdentityProof {
  /** Whose data goes. */
  personId: string;
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
  if (principal.kind !== 'person') throw unauthenticated();
  if (!canOnPersonalData(principal, 'personal_data.erase', request.personId))
    throw forbidden(texts.eraseOthers);
  await confirmIdentity(db, principal.personId, request);
  const self = principal.personId === request.personId;
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, request.personId);
    if (!person || person.erased_at !== null) throw notFound('Person');
    const blocking = await networksOnlyCoordinatedBy(tx, request.personId);
    if (blocking.length > 0) {
      const names = blocking.map((n) => `“${n.name}”`).join(', ');
      throw conflict((self ? soleCoordinator : personSoleCoordinator)(names), {
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
