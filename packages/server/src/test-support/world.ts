/**
 * A shared test world for the route harness and the authorisation walk: a person signed in with
 * each network role in an "own" network, a platform admin, a signed-in teacher in no network and
 * an anonymous visitor; and four networks seen from those callers (own, other, members-only,
 * public), each with a survey (a closed wave, an open wave, a wave that opens in 2030), a real
 * analysis of the closed wave, members and a member organisation. Every path parameter of every
 * route can be filled with a real id of each kind from it.
 *
 * Sessions are written straight to the database (no password check per caller), and the surveys
 * go through the API as the admin, so the world is quick to build on both engines.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { insertSession } from '../accounts/sessions.queries.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { layOutNextMissingMap } from '../analytics/map.jobs.js';
import { runNextAnalysis } from '../analytics/run-analysis.js';
import type { App } from '../app.js';
import type { Principal } from '../authz/policy.js';
import type { Database } from '../db/database.js';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';
import { memberships } from '../memberships/memberships.table.js';
import { networkParents } from '../networks/networks.table.js';
import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type NetworkVisibility,
  type ResourceVisibility,
} from '../shared/vocabulary.js';
import { surveyQuestions, surveys, surveyWaves } from '../surveys/surveys.table.js';
import { daysFromToday } from './dates.js';
import { addMember, affiliate, buildNetwork, buildOrganisation, buildPerson } from './factories.js';
import { TestClient } from './http-client.js';
import { insertAdoption, insertEvidence, insertPractice } from '../practices/practices.queries.js';
import { contentOf, insertResource, insertVersion, replaceAuthors } from '../resources/resources.queries.js';
import { insertCollection, replaceItems } from '../collections/collections.queries.js';
import { samplePdf } from './sample-files.js';

/** Who calls: each network role (in the own network), a platform admin, a teacher in no network, nobody. */
export const CALLERS = [...MEMBERSHIP_ROLES, 'admin', 'outsider', 'anonymous'] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, 'anonymous'>;

/**
 * The networks a caller meets: `own` (members-only; the role callers hold their role there),
 * `other` (public; the role callers' memberships there have ended), `membersOnly` (members-only,
 * a child of `public` and of `own`, none of the callers in it) and `public` (public, none of the
 * callers in it).
 */
export const NETWORK_KINDS = ['own', 'other', 'membersOnly', 'public'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const VISIBILITY: Record<NetworkKind, NetworkVisibility> = {
  own: 'members',
  other: 'public',
  membersOnly: 'members',
  public: 'public',
};

export interface WorldNetwork {
  kind: NetworkKind;
  id: string;
  slug: string;
  name: string;
  /** A member organisation, with `respondent` on its staff. */
  organisationId: string;
  /** A resident coordinator (not a caller) and two resident members: `respondent` named `named`. */
  coordinatorId: string;
  respondentId: string;
  namedId: string;
  /** The resident members' memberships (someone else's membership, for every caller). */
  respondentMembershipId: string;
  surveyId: string;
  questionId: string;
  closedWaveId: string;
  openWaveId: string;
  /** A wave of a second survey that is open but whose dates start in 2030. */
  futureWaveId: string;
  analyses: { people: string; organisations: string };
}

export interface WorldPerson {
  id: string;
  email: string;
  name: string;
}

export interface World {
  networks: Record<NetworkKind, WorldNetwork>;
  people: Record<SignedInCaller, WorldPerson>;
  /** The role callers' own memberships: current in `own`, ended in `other`. */
  ownMemberships: Record<MembershipRole, { own: string; other: string }>;
  principal(caller: Caller): Principal;
  /** The caller's role in the network, as the policy's facts have it. */
  roleIn(caller: Caller, kind: NetworkKind): MembershipRole | null;
  /**
   * A browser-like client for the caller (anonymous: no cookie): a copy of one kept per caller, so
   * that a sign-in through it changes nothing for the next request; `fresh` gives it a session of
   * its own (for signing out).
   */
  client(caller: Caller, options?: { fresh?: boolean }): Promise<TestClient>;
  /** Drops the caller's kept session (after it was signed out), so the next client signs in anew. */
  forgetSession(caller: Caller): void;
  db: Database;
  app: App;
}

const isRole = (caller: Caller): caller is MembershipRole =>
  (MEMBERSHIP_ROLES as readonly string[]).includes(caller);
const unique = () => randomUUID().slice(0, 8);
const today = () => daysFromToday(0);

export const QUESTION = {
  relation: 'advice',
  promptEn: 'Whom do you go to for advice?',
  promptEs: '¿A quién pides consejo?',
  maxNominations: 5,
  frequencyScale: ['Monthly', 'Weekly', 'Daily'],
} as const;

/** A client signed in as the person through a session written straight to the database. */
export async function sessionClient(db: Database, app: App, personId: string): Promise<TestClient> {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(db, { tokenHash: hashToken(token), personId, csrfToken, userAgent: null });
  const client = new TestClient(app);
  client.cookie = `${SESSION_COOKIE}=${token}`;
  client.csrfToken = csrfToken;
  return client;
}

async function expectStatus<T>(response: Promise<{ status: number; body: T }>, status: number, what: string) {
  const answer = await response;
  if (answer.status !== status)
    throw new Error(`world: ${what} answered ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as any;
}

/** Builds the whole world in an empty (or any) database: everything has fresh names. */
export async function buildWorld(db: Database, app: App): Promise<World> {
  const tag = unique();
  const people = {} as Record<SignedInCaller, WorldPerson>;
  for (const caller of CALLERS) {
    if (caller === 'anonymous') continue;
    const name = `Caller ${caller} ${tag}`;
    const email = `${caller.replace(/_/g, '-')}-${tag}@example.org`;
    const person = await buildPerson(db, {
      displayName: name,
      email,
      account: true,
      isAdmin: caller === 'admin',
    });
    people[caller] = { id: person.id, email, name };
  }
  const admin = await sessionClient(db, app, people.admin.id);

  const networks = {} as Record<NetworkKind, WorldNetwork>;
  const ids = {} as Record<NetworkKind, { id: string; slug: string; name: string }>;
  for (const kind of NETWORK_KINDS) {
    const slug = `${kind.toLowerCase()}-${tag}`;
    const network = await buildNetwork(db, {
      slug,
      name: `Network ${kind} ${tag}`,
      visibility: VISIBILITY[kind],
    });
    ids[kind] = { id: network.id, slug, name: network.name };
  }
  // The members-only network sits under the public one and the callers' own one, so their pages,
  // maps and lists are where it could leak.
  await buildNetworkParents(db, ids.membersOnly.id, [ids.public.id, ids.own.id]);

  const ownMemberships = {} as World['ownMemberships'];
  for (const role of MEMBERSHIP_ROLES) {
    const own = await addMember(db, ids.own.id, { personId: people[role].id }, role);
    const ended = await addMember(db, ids.other.id, { personId: people[role].id }, role);
    await endMembership(db, ended.id);
    ownMemberships[role] = { own: own.id, other: ended.id };
  }

  for (const kind of NETWORK_KINDS) {
    networks[kind] = await populateNetwork(db, app, admin, kind, ids[kind], tag);
  }
  while (await runNextAnalysis(db)) {
    // run every queued analysis for real, as the server's runner does in the background
  }
  while (await layOutNextMissingMap(db, new Set())) {
    // and lay out their maps
  }

  const roleIn = (caller: Caller, kind: NetworkKind) => (kind === 'own' && isRole(caller) ? caller : null);
  const sessions = new Map<Caller, Promise<TestClient>>();
  const sessionOf = (caller: Caller) =>
    caller === 'anonymous' ? Promise.resolve(new TestClient(app)) : sessionClient(db, app, people[caller].id);
  const client = async (caller: Caller, options: { fresh?: boolean } = {}) => {
    if (options.fresh) return sessionOf(caller);
    if (!sessions.has(caller)) sessions.set(caller, sessionOf(caller));
    const kept = await sessions.get(caller)!;
    return Object.assign(new TestClient(app), { cookie: kept.cookie, csrfToken: kept.csrfToken });
  };
  return {
    networks,
    people,
    ownMemberships,
    db,
    app,
    roleIn,
    principal: (caller) =>
      caller === 'anonymous'
        ? { kind: 'anonymous' }
        : { kind: 'person', personId: people[caller].id, isAdmin: caller === 'admin' },
    client,
    forgetSession: (caller) => void sessions.delete(caller),
  };
}

async function buildNetworkParents(db: Database, childId: string, parentIds: string[]) {
  for (const parentId of parentIds) await db.insert(networkParents).values({ childId, parentId });
}

async function endMembership(db: Database, membershipId: string) {
  await db
    .update(memberships)
    .set({ startDate: '2025-01-01', endDate: '2025-06-30' })
    .where(eq(memberships.id, membershipId));
}

/** Residents, an organisation, a survey with a closed, an open and a future wave, and the closed wave's analyses. */
async function populateNetwork(
  db: Database,
  app: App,
  admin: TestClient,
  kind: NetworkKind,
  network: { id: string; slug: string; name: string },
  tag: string,
): Promise<WorldNetwork> {
  const school = await buildOrganisation(db, { name: `School ${kind} ${tag}` });
  await addMember(db, network.id, { organisationId: school.id });
  const resident = (what: string) =>
    buildPerson(db, {
      displayName: `${what} ${kind} ${tag}`,
      email: `${what}-${kind}-${tag}@example.org`,
      account: true,
    });
  const coordinator = await resident('coordinator');
  const respondent = await resident('respondent');
  const named = await resident('named');
  await addMember(db, network.id, { personId: coordinator.id }, 'coordinator');
  const respondentMembership = await addMember(db, network.id, { personId: respondent.id });
  await addMember(db, network.id, { personId: named.id });
  await affiliate(db, respondent.id, school.id);

  const survey = await expectStatus(
    admin.post(`/api/v1/networks/${network.id}/surveys`, {
      title: `Survey ${kind} ${tag}`,
      questions: [QUESTION],
    }),
    201,
    'creating a survey',
  );
  const questionId: string = survey.questions[0].id;
  const window = { opensOn: daysFromToday(-7), closesOn: daysFromToday(21) };
  const closedWave = await expectStatus(
    admin.post(`/api/v1/surveys/${survey.id}/waves`, window),
    201,
    'opening wave 1',
  );
  const respondentClient = await sessionClient(db, app, respondent.id);
  await expectStatus(
    respondentClient.put(`/api/v1/waves/${closedWave.id}/response`, {
      nominations: [{ questionId, personId: named.id, frequency: 2 }],
      submit: true,
    }),
    200,
    'answering wave 1',
  );
  const closed = await expectStatus(
    admin.post(`/api/v1/waves/${closedWave.id}/close`),
    200,
    'closing wave 1',
  );
  const analysisOf = (level: string) =>
    closed.analyses.find((a: { level: string }) => a.level === level).id as string;
  const openWave = await expectStatus(
    admin.post(`/api/v1/surveys/${survey.id}/waves`, window),
    201,
    'opening wave 2',
  );
  const futureWaveId = await insertFutureWave(db, network.id, tag);
  return {
    kind,
    ...network,
    organisationId: school.id,
    coordinatorId: coordinator.id,
    respondentId: respondent.id,
    namedId: named.id,
    respondentMembershipId: respondentMembership.id,
    surveyId: survey.id,
    questionId,
    closedWaveId: closedWave.id,
    openWaveId: openWave.id,
    futureWaveId,
    analyses: { people: analysisOf('people'), organisations: analysisOf('organisations') },
  };
}

/** A survey whose open wave starts in 2030 (written directly: the API may refuse such dates). */
async function insertFutureWave(db: Database, networkId: string, tag: string) {
  const { waveId } = await freshSurveyRows(db, networkId, `Future ${tag}`, {
    opensOn: '2030-01-01',
    closesOn: '2030-02-01',
  });
  if (!waveId) throw new Error('world: no future wave');
  return waveId;
}

/**
 * A fresh survey of the network, with one question and, given dates, one open wave: a target for
 * writes that use a survey up (opening a wave, closing it) without touching the shared world.
 */
export async function freshSurveyRows(
  db: Database,
  networkId: string,
  title = `Fresh survey ${unique()}`,
  wave?: { opensOn: string; closesOn: string },
): Promise<{ surveyId: string; questionId: string; waveId: string | null }> {
  const [survey] = await db
    .insert(surveys)
    .values({ networkId, title, status: wave ? 'active' : 'draft' })
    .returning();
  const [question] = await db
    .insert(surveyQuestions)
    .values({ ...QUESTION, frequencyScale: [...QUESTION.frequencyScale], surveyId: survey!.id, position: 0 })
    .returning();
  if (!wave) return { surveyId: survey!.id, questionId: question!.id, waveId: null };
  const [row] = await db
    .insert(surveyWaves)
    .values({ surveyId: survey!.id, number: 1, ...wave })
    .returning();
  return { surveyId: survey!.id, questionId: question!.id, waveId: row!.id };
}

/** A fresh open wave, running now, in the network. */
export const freshOpenWave = async (db: Database, networkId: string) =>
  (
    await freshSurveyRows(db, networkId, undefined, {
      opensOn: daysFromToday(-1),
      closesOn: daysFromToday(14),
    })
  ).waveId!;

/**
 * A fresh network that the caller stands in as they do in `kind` (their role in a copy of `own`;
 * an ended membership in a copy of `other`; nothing in the others), with a resident coordinator
 * and a member organisation: the target of writes that change a network or its memberships.
 */
export async function freshNetworkLike(world: World, kind: NetworkKind, caller: Caller) {
  const { db } = world;
  const network = await buildNetwork(db, { visibility: VISIBILITY[kind] });
  const coordinator = await buildPerson(db);
  await addMember(db, network.id, { personId: coordinator.id }, 'coordinator');
  const school = await buildOrganisation(db);
  await addMember(db, network.id, { organisationId: school.id });
  let callerMembershipId: string | null = null;
  if (isRole(caller) && (kind === 'own' || kind === 'other')) {
    const membership = await addMember(db, network.id, { personId: world.people[caller].id }, caller);
    if (kind === 'other') await endMembership(db, membership.id);
    callerMembershipId = membership.id;
  }
  return { id: network.id, slug: network.slug, callerMembershipId };
}

/**
 * A fresh person who stands where the caller stands (the same role in the own network, the same
 * ended membership in the other one; an admin; a teacher in no network), signed in; for anonymous
 * callers, a client without a session. For requests that use the caller up, such as erasing oneself.
 */
export async function freshCallerLike(
  world: World,
  caller: Caller,
): Promise<{ personId: string | null; client: TestClient }> {
  if (caller === 'anonymous') return { personId: null, client: new TestClient(world.app) };
  const person = await buildPerson(world.db, { account: true, isAdmin: caller === 'admin' });
  if (isRole(caller)) {
    await addMember(world.db, world.networks.own.id, { personId: person.id }, caller);
    const ended = await addMember(world.db, world.networks.other.id, { personId: person.id }, caller);
    await endMembership(world.db, ended.id);
  }
  return { personId: person.id, client: await sessionClient(world.db, world.app, person.id) };
}

/** A fresh person (with an account) and their current membership of the network. */
export async function freshMember(world: World, networkId: string, role: MembershipRole = 'member') {
  const person = await buildPerson(world.db, { account: true });
  const membership = await addMember(world.db, networkId, { personId: person.id }, role);
  return { personId: person.id, membershipId: membership.id };
}

/** Takes the network out from under its parents. */
export async function detachFromParents(world: World, networkId: string) {
  await world.db.delete(networkParents).where(eq(networkParents.childId, networkId));
}

export { today };

/**
 * A fresh practice of the network: from its member school (where `respondent` works, not a
 * caller), recorded by its resident coordinator, so that no caller edits it as its author or
 * school; with `withItems`, one evidence item and one adoption by a fresh school.
 */
export async function freshPractice(world: World, network: WorldNetwork) {
  const practice = await insertPractice(world.db, {
    title: `Practice ${unique()}`,
    claim: 'Peer observation lifts the quality of feedback in Year 7.',
    components: ['Pairs across schools', 'One visit a month'],
    language: 'en',
    schoolId: network.organisationId,
    networkId: network.id,
    createdById: network.coordinatorId,
  });
  const evidence = await insertEvidence(world.db, {
    practiceId: practice.id,
    direction: 'supports',
    kind: 'testimony',
    level: 1,
    summary: 'Teachers say their feedback became more specific.',
  });
  const adopter = await buildOrganisation(world.db);
  const adoption = await insertAdoption(world.db, {
    practiceId: practice.id,
    schoolId: adopter.id,
    fromSchoolId: network.organisationId,
    networkId: network.id,
    startedOn: '2026-01-12',
    mode: 'adopted',
  });
  return { id: practice.id, evidenceId: evidence.id, adoptionId: adoption.id };
}

/**
 * A fresh resource of the network, written by its resident coordinator (not a caller, so no caller
 * edits it as its author), CC BY, with its version 1.
 */
export async function freshResource(
  world: World,
  network: WorldNetwork,
  visibility: ResourceVisibility = 'network',
) {
  const resource = await insertResource(world.db, {
    type: 'card',
    title: `Resource ${unique()}`,
    summary: 'A card for restorative circles.',
    body: '# Circles\n\nSit in a circle.',
    language: 'en',
    stages: ['primary'],
    licence: 'CC-BY-4.0',
    visibility,
    networkId: network.id,
    createdById: network.coordinatorId,
  });
  await replaceAuthors(world.db, resource.id, [network.coordinatorId]);
  await insertVersion(world.db, {
    resourceId: resource.id,
    version: 1,
    content: contentOf(resource, [network.coordinatorId]),
    note: '',
    editedById: network.coordinatorId,
  });
  return { id: resource.id };
}

/** A fresh collection of the network, curated by its resident coordinator, holding one fresh resource. */
export async function freshCollection(world: World, network: WorldNetwork) {
  const resource = await freshResource(world, network);
  const collection = await insertCollection(world.db, {
    networkId: network.id,
    title: `Collection ${unique()}`,
    createdById: network.coordinatorId,
  });
  await replaceItems(world.db, collection.id, [resource.id]);
  return { id: collection.id, resourceId: resource.id };
}

/** A file on a fresh shared resource, uploaded through the API by the admin (so its bytes are in the app's store). */
export async function freshAttachment(world: World, network: WorldNetwork) {
  const resource = await freshResource(world, network);
  const admin = await world.client('admin');
  const answer = await admin.request(
    'POST',
    `/api/v1/resources/${resource.id}/attachments?name=fixture.pdf`,
    samplePdf(),
  );
  if (answer.status !== 201)
    throw new Error(`attachment fixture: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { id: (answer.body as { id: string }).id, resourceId: resource.id };
}
