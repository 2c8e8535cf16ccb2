/**
 * "Ask for an introduction" to a suggested colleague. Both people get a mail naming the other;
 * neither address is shared until the person asked accepts, and then each is sent the other's.
 * At most INTRODUCTIONS_PER_DAY requests a day each; every step is audited.
 */
import { recordAudit } from '../audit/audit.js';
import { canAskForIntroduction, type Principal } from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { unsubscribedAmong, recipientsOf } from '../mail/mail.queries.js';
import { queueMailToPeople } from '../mail/mail.service.js';
import { ApiError, conflict, forbidden, notFound, validationFailed } from '../shared/errors.js';
import {
  answerIntroduction,
  findIntroduction,
  insertIntroduction,
  introductionsAskedToday,
  pendingIntroduction,
  type IntroductionRow,
} from './introductions.queries.js';
import type { IntroductionView } from './introductions.schema.js';

export const INTRODUCTIONS_PER_DAY = 5;

export async function askForIntroduction(
  db: Database,
  principal: Principal,
  request: { personId: string; networkId?: string | undefined },
) {
  if (principal.kind !== 'person') throw forbidden();
  if (!canAskForIntroduction(principal, request.personId))
    throw validationFailed([{ path: 'personId', message: 'Ask for an introduction to someone else.' }]);
  return db.transaction(async (tx) => {
    const [target] = await recipientsOf(tx, [request.personId]);
    if (!target) throw notFound('Person');
    if (!target.email || (await unsubscribedAmong(tx, [target.id], 'introductions')).size > 0)
      throw conflict('This person does not take introductions by email.');
    if (await pendingIntroduction(tx, principal.personId, target.id))
      throw conflict('You have already asked for this introduction; they have not answered yet.');
    if ((await introductionsAskedToday(tx, principal.personId)) >= INTRODUCTIONS_PER_DAY) {
      throw new ApiError('RATE_LIMITED', `At most ${INTRODUCTIONS_PER_DAY} introductions a day.`, undefined, {
        'Retry-After': String(24 * 60 * 60),
      });
    }
    const introduction = await insertIntroduction(tx, {
      requesterId: principal.personId,
      targetId: target.id,
      networkId: request.networkId ?? null,
    });
    const [requester] = await recipientsOf(tx, [principal.personId]);
    const base = { introductionId: introduction.id };
    await queueMailToPeople(tx, 'introduction_request', [target.id], () => ({
      ...base,
      side: 'target',
      otherName: requester?.displayName ?? '',
    }));
    await queueMailToPeople(tx, 'introduction_request', [principal.personId], () => ({
      ...base,
      side: 'requester',
      otherName: target.displayName,
    }));
    await recordAudit(tx, {
      actorId: principal.personId,
      action: 'introduction.request',
      entityType: 'introduction',
      entityId: introduction.id,
      details: { targetId: target.id, networkId: request.networkId ?? null },
    });
    return viewOf(tx, introduction, principal.personId);
  });
}

async function loadParty(db: Executor, principal: Principal, id: string) {
  if (principal.kind !== 'person') throw forbidden();
  const introduction = await findIntroduction(db, id);
  // Only the two people it is about know it exists.
  if (!introduction || ![introduction.requesterId, introduction.targetId].includes(principal.personId))
    throw notFound('Introduction');
  return { introduction, personId: principal.personId };
}

export async function getIntroduction(db: Executor, principal: Principal, id: string) {
  const { introduction, personId } = await loadParty(db, principal, id);
  return viewOf(db, introduction, personId);
}

/** The person asked accepts (both are sent the other's address) or declines (nothing is shared). */
export async function answerIntroductionRequest(
  db: Database,
  principal: Principal,
  id: string,
  accept: boolean,
) {
  return db.transaction(async (tx) => {
    const { introduction, personId } = await loadParty(tx, principal, id);
    if (introduction.targetId !== personId) throw forbidden('Only the person asked may answer.');
    if (!(await answerIntroduction(tx, id, accept)))
      throw conflict('This introduction has been answered already.');
    if (accept) {
      const people = await recipientsOf(tx, [introduction.requesterId, introduction.targetId]);
      const other = (self: string) => people.find((person) => person.id !== self);
      await queueMailToPeople(
        tx,
        'introduction_accepted',
        [introduction.requesterId, introduction.targetId],
        (me) => ({
          otherName: other(me.id)?.displayName ?? '',
          otherEmail: other(me.id)?.email ?? '',
        }),
      );
    }
    await recordAudit(tx, {
      actorId: personId,
      action: accept ? 'introduction.accept' : 'introduction.decline',
      entityType: 'introduction',
      entityId: id,
    });
    return viewOf(tx, (await findIntroduction(tx, id))!, personId);
  });
}

async function viewOf(db: Executor, row: IntroductionRow, viewerId: string): Promise<IntroductionView> {
  const people = await recipientsOf(db, [row.requesterId, row.targetId]);
  const party = (id: string) => ({ id, displayName: people.find((p) => p.id === id)?.displayName ?? '' });
  return {
    id: row.id,
    requester: party(row.requesterId),
    target: party(row.targetId),
    status: row.acceptedAt ? 'accepted' : row.declinedAt ? 'declined' : 'pending',
    youAre: viewerId === row.requesterId ? 'requester' : 'target',
    createdAt: row.createdAt.toISOString(),
  };
}
