/**
 * The route inventory: one entry per operation of the OpenAPI document, saying who may call it in
 * the policy's terms (policy.ts) and how a test builds a valid request for it from the shared
 * test world (test-support/world.ts). route-access.test.ts walks every entry × caller × network
 * against the oracle (route-access.oracle.ts) and fails when the document has an operation this
 * table lacks, or the table names one the document no longer has; http/route-harness.test.ts
 * fuzzes every operation starting from the first case's request.
 *
 * Writes that use something up (a wave closed, a membership ended, a network edited) act on fresh
 * fixtures made for the request, so no request changes what a later one sees.
 */
import type { MembershipRole } from '../shared/vocabulary.js';
import type { TestClient } from './http-client.js';
import type { InquiryAction, NetworkAction } from '../authz/policy.js';
import type { InquiryTeamRole, InquiryVisibility } from '../shared/vocabulary.js';
import { daysFromToday } from './dates.js';
import { buildOrganisation, buildPerson, buildResource, TEST_PASSWORD } from './factories.js';
import { insertAccountLink } from '../accounts/account-links.queries.js';
import { signingKey } from '../mail/mail.queries.js';
import { queueMail } from '../mail/mail.service.js';
import { unsubscribeToken } from '../mail/unsubscribe-links.js';
import { insertIntroduction } from '../introductions/introductions.queries.js';
import { samplePdf } from './sample-files.js';
import { CYCLES_ROUTE_ACCESS } from './route-access.cycles.js';
import { INQUIRIES_ROUTE_ACCESS } from './route-access.inquiries.js';
import { INSIGHT_ROUTE_ACCESS } from './route-access.insight.js';
import { MEASURES_ROUTE_ACCESS } from './route-access.measures.js';
import {
  detachFromParents,
  freshCallerLike,
  freshCollection,
  freshMember,
  freshNetworkLike,
  freshOpenWave,
  freshPractice,
  freshAttachment,
  freshResource,
  freshSurveyRows,
  QUESTION,
  today,
  type Caller,
  type NetworkKind,
  type World,
  type WorldNetwork,
} from './world.js';

/** Who may call, in the policy's terms. */
export type Access =
  /** Anyone, signed in or not. */
  | { who: 'anyone' }
  /** Any signed-in person. */
  | { who: 'signed-in' }
  /** Platform admins only. */
  | { who: 'admin' }
  /** The person the request is about (resource `self`), or an admin. */
  | { who: 'self' }
  /** An action on the network the resource belongs to; `grants`: the role given must be grantable too. */
  | { who: 'network'; action: NetworkAction; grants?: MembershipRole }
  /** A public list narrowed to one network: a network the caller may not see gives 404 or nothing. */
  | { who: 'filter' }
  /** Editing one's own network (`network.update` there) to sit under the resource network (`network.attach_child` there). */
  | { who: 'attach-under' }
  /** Ending one's own current membership: anyone may leave. */
  | { who: 'leave' }
  /**
   * An action on a fresh inquiry of the resource network (test-support/inquiry-world.ts), with the
   * inquiry's visibility and the caller's place in its team (null: not in it) as given.
   */
  | { who: 'inquiry'; action: InquiryAction; visibility: InquiryVisibility; team: InquiryTeamRole | null };

/** What a case is walked over: the four networks, or a person, or nothing in particular. */
export type Resource = NetworkKind | 'none' | 'self' | 'someone-else';
export const NETWORKS: readonly Resource[] = ['own', 'other', 'membersOnly', 'public'];

export interface HarnessRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Send it on a fresh session of the caller's (for requests that end the session). */
  freshSession?: boolean;
  /**
   * Send it as this client instead: a fresh person who stands where the caller stands
   * (`world.freshCallerLike`), for requests that use the caller up (erasing one's own account).
   */
  client?: TestClient;
  /** Undo what the request did where it would change what later requests see. */
  cleanUp?: () => Promise<void>;
}

export interface RequestContext {
  world: World;
  caller: Caller;
  resource: Resource;
  /** The resource's network (the own network for resources that are not networks). */
  network: WorldNetwork;
}

export interface AccessCase {
  name: string;
  access: Access;
  resources: readonly Resource[];
  /** What a caller who may act gets: the documented success (default), or 409 when the state forbids it. */
  whenAllowed?: 'success' | 'conflict';
  /** A valid request, or null where the case does not apply to the caller (e.g. leaving, for someone in no network). */
  request: (context: RequestContext) => HarnessRequest | null | Promise<HarnessRequest | null>;
}

const fresh = () => Math.random().toString(36).slice(2, 10);
const id = (value: string) => ({ id: value });

const networkCase = (
  name: string,
  action: NetworkAction,
  request: AccessCase['request'],
  extra: Partial<AccessCase> = {},
): AccessCase => ({ name, access: { who: 'network', action }, resources: NETWORKS, request, ...extra });

/** Someone else's current membership of the resource network: a fresh member, so ending or re-roling it changes nothing shared. */
const someoneElsesMembership = async ({ world, network }: RequestContext) => ({
  id: network.id,
  membershipId: (await freshMember(world, network.id)).membershipId,
});

/** The caller's own membership in a fresh copy of the resource network (current in `own`, ended in `other`). */
const ownMembership = async ({ world, caller, resource }: RequestContext) => {
  const copy = await freshNetworkLike(world, resource as NetworkKind, caller);
  return copy.callerMembershipId ? { id: copy.id, membershipId: copy.callerMembershipId } : null;
};

/** A valid resource, for the requests that write one. */
const RESOURCE_BODY = {
  title: 'Harness resource',
  summary: 'Restorative circles, step by step.',
  body: '## Steps\n\n1. Sit in a circle.',
  language: 'en',
  type: 'protocol',
  stages: ['primary'],
  tags: ['mediación escolar'],
  licence: 'CC-BY-4.0',
} as const;

export const ROUTE_ACCESS: Record<string, readonly AccessCase[]> = {
  ...INQUIRIES_ROUTE_ACCESS,
  ...CYCLES_ROUTE_ACCESS,
  ...MEASURES_ROUTE_ACCESS,
  ...INSIGHT_ROUTE_ACCESS,
  'POST /session': [
    {
      name: 'sign in',
      access: { who: 'anyone' },
      resources: ['none'],
      request: ({ world, caller }) => ({
        body: {
          email: world.people[caller === 'anonymous' ? 'outsider' : caller].email,
          password: TEST_PASSWORD,
        },
      }),
    },
  ],
  'GET /session': [
    { name: 'the session', access: { who: 'signed-in' }, resources: ['none'], request: () => ({}) },
  ],
  'DELETE /session': [
    {
      name: 'sign out everywhere',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: ({ world, caller }) => ({
        query: { everywhere: 'true' },
        freshSession: true,
        // Signing out everywhere ends the caller's kept session too.
        cleanUp: async () => world.forgetSession(caller),
      }),
    },
  ],
  'GET /topics': [
    // Anyone may search the vocabulary; free tags in use come only to signed-in callers.
    {
      name: 'topics',
      access: { who: 'anyone' },
      resources: ['none'],
      request: () => ({ query: { q: 'lect' } }),
    },
  ],
  'GET /session/providers': [
    { name: 'sign-in providers', access: { who: 'anyone' }, resources: ['none'], request: () => ({}) },
  ],
  'PUT /session/locale': [
    {
      name: 'language',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: () => ({ body: { locale: 'es' } }),
    },
  ],

  'GET /networks': [
    {
      name: 'the directory',
      access: { who: 'anyone' },
      resources: ['none'],
      request: () => ({ query: { limit: '100' } }),
    },
    {
      name: 'children of a network',
      access: { who: 'filter' },
      resources: NETWORKS,
      request: ({ network }) => ({ query: { parent: network.id } }),
    },
  ],
  'GET /regions': [{ name: 'regions', access: { who: 'anyone' }, resources: ['none'], request: () => ({}) }],
  'GET /networks/{id}': [
    networkCase('by id', 'network.view', ({ network }) => ({ params: id(network.id) })),
    networkCase('by slug', 'network.view', ({ network }) => ({ params: id(network.slug) })),
  ],
  'POST /networks': [
    {
      name: 'create',
      access: { who: 'admin' },
      resources: ['none'],
      request: () => ({
        body: {
          slug: `harness-${fresh()}`,
          name: 'Harness network',
          kind: 'pln',
          level: 1,
          scopes: ['between'],
          approach: 'enabled',
        },
      }),
    },
  ],
  'PATCH /networks/{id}': [
    networkCase('edit', 'network.update', async ({ world, caller, resource }) => ({
      params: id((await freshNetworkLike(world, resource as NetworkKind, caller)).id),
      body: { purpose: 'Edited by the route harness.' },
    })),
    {
      name: 'attach one’s network under this one',
      access: { who: 'attach-under' },
      resources: NETWORKS,
      request: async ({ world, caller, network }) => {
        const child = await freshNetworkLike(world, 'own', caller);
        // Once under the parent, the caller would belong to it through the child: detach it after.
        return {
          params: id(child.id),
          body: { parentIds: [network.id] },
          cleanUp: () => detachFromParents(world, child.id),
        };
      },
    },
  ],

  'GET /networks/{id}/memberships': [
    networkCase('members', 'network.view', ({ network }) => ({ params: id(network.id) })),
    networkCase('people', 'network.view_people', ({ network }) => ({
      params: id(network.id),
      query: { type: 'person' },
    })),
  ],
  'POST /networks/{id}/memberships': [
    networkCase('add a member', 'membership.add', async ({ world, network }) => ({
      params: id(network.id),
      body: { personId: (await freshPerson(world)).id, role: 'member' },
    })),
    {
      name: 'appoint a coordinator',
      access: { who: 'network', action: 'membership.add', grants: 'coordinator' },
      resources: NETWORKS,
      request: async ({ world, network }) => ({
        params: id(network.id),
        body: { personId: (await freshPerson(world)).id, role: 'coordinator' },
      }),
    },
  ],
  'POST /networks/{id}/memberships/import': [
    networkCase('add members from a file', 'membership.add', async ({ world, network }) => ({
      params: id(network.id),
      body: { csv: `person_email,role\n${(await freshPerson(world)).email},member\n` },
    })),
  ],
  'PATCH /networks/{id}/memberships/{membershipId}': [
    networkCase('change someone’s role', 'membership.change_role', async (context) => ({
      params: await someoneElsesMembership(context),
      body: { role: 'observer' },
    })),
    networkCase('end someone’s membership', 'membership.end', async (context) => ({
      params: await someoneElsesMembership(context),
      body: { endDate: today() },
    })),
    {
      name: 'leave',
      access: { who: 'leave' },
      resources: ['own'],
      request: async (context) => {
        const params = await ownMembership(context);
        return params && { params, body: { endDate: today() } };
      },
    },
    {
      // Coming back after one's membership ended is for those who add members (issue 9, hole 3).
      name: 'reinstate one’s ended membership',
      access: { who: 'network', action: 'membership.add' },
      resources: ['other'],
      request: async (context) => {
        const params = await ownMembership(context);
        return params && { params, body: { endDate: null } };
      },
    },
  ],
  'DELETE /networks/{id}/memberships/{membershipId}': [
    networkCase('end someone’s membership', 'membership.end', async (context) => ({
      params: await someoneElsesMembership(context),
    })),
    {
      name: 'leave',
      access: { who: 'leave' },
      resources: ['own'],
      request: async (context) => {
        const params = await ownMembership(context);
        return params && { params };
      },
    },
  ],

  'GET /organisations': [
    {
      name: 'all',
      access: { who: 'anyone' },
      resources: ['none'],
      request: () => ({ query: { limit: '100' } }),
    },
    {
      name: 'members of a network',
      access: { who: 'filter' },
      resources: NETWORKS,
      request: ({ network }) => ({ query: { network: network.id } }),
    },
  ],
  'GET /organisations/{id}': [
    // Organisations are public; the networks listed on their page follow the view rule (the leak scan).
    {
      name: 'a member organisation',
      access: { who: 'anyone' },
      resources: NETWORKS,
      request: ({ network }) => ({ params: id(network.organisationId) }),
    },
  ],

  'GET /people': [
    {
      name: 'search',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: () => ({ query: { q: 'respondent' } }),
    },
    {
      name: 'staff of a member organisation',
      access: { who: 'signed-in' },
      resources: NETWORKS,
      request: ({ network }) => ({ query: { organisation: network.organisationId } }),
    },
  ],
  'GET /people/{id}': [
    {
      name: 'a member',
      access: { who: 'signed-in' },
      resources: NETWORKS,
      request: ({ network }) => ({ params: id(network.respondentId) }),
    },
  ],
  'PATCH /people/{id}': [
    {
      name: 'edit tags',
      access: { who: 'self' },
      resources: ['self', 'someone-else'],
      request: ({ world, caller, resource, network }) => ({
        params: id(
          resource === 'self'
            ? world.people[caller === 'anonymous' ? 'outsider' : caller].id
            : network.respondentId,
        ),
        body: { needs: ['Reading aloud'] },
      }),
    },
  ],

  'GET /networks/{id}/surveys': [
    networkCase('list', 'network.view_people', ({ network }) => ({ params: id(network.id) })),
  ],
  'POST /networks/{id}/surveys': [
    networkCase('create', 'survey.manage', ({ network }) => ({
      params: id(network.id),
      body: { title: 'Harness survey', questions: [QUESTION] },
    })),
  ],
  'GET /surveys/{id}': [
    networkCase('read', 'network.view_people', ({ network }) => ({ params: id(network.surveyId) })),
  ],
  'POST /surveys/{id}/waves': [
    networkCase('open a wave', 'survey.manage', async ({ world, network }) => ({
      params: id((await freshSurveyRows(world.db, network.id)).surveyId),
      body: { opensOn: daysFromToday(0), closesOn: daysFromToday(30) },
    })),
  ],
  'POST /networks/{id}/respondents-preview': [
    networkCase('preview who is asked', 'survey.manage', ({ network }) => ({
      params: id(network.id),
      body: { choice: 'everyone' },
    })),
  ],
  'GET /networks/{id}/respondent-options': [
    networkCase('find whom to ask', 'survey.manage', ({ network }) => ({
      params: id(network.id),
      query: { kind: 'person', q: 'named' },
    })),
  ],
  'GET /waves/{id}/response': [
    networkCase('one’s own answers', 'network.view_people', ({ network }) => ({
      params: id(network.openWaveId),
    })),
  ],
  'PUT /waves/{id}/response': [
    networkCase('save a draft', 'survey.answer', ({ network }) => ({
      params: id(network.openWaveId),
      body: { nominations: [], submit: false },
    })),
    networkCase(
      'answer a closed wave',
      'survey.answer',
      ({ network }) => ({ params: id(network.closedWaveId), body: { nominations: [], submit: false } }),
      { whenAllowed: 'conflict' },
    ),
    // A wave answers only between its dates (issue 9, hole 7).
    networkCase(
      'answer before the wave opens',
      'survey.answer',
      ({ network }) => ({ params: id(network.futureWaveId), body: { nominations: [], submit: false } }),
      { whenAllowed: 'conflict' },
    ),
  ],
  'GET /waves/{id}/responses': [
    networkCase('every answer', 'survey.view_answers', ({ network }) => ({
      params: id(network.closedWaveId),
    })),
  ],
  'GET /waves/{id}/response-rates': [
    networkCase('rates', 'survey.manage', ({ network }) => ({ params: id(network.openWaveId) })),
  ],
  'POST /waves/{id}/close': [
    networkCase('close', 'survey.manage', async ({ world, network }) => ({
      params: id(await freshOpenWave(world.db, network.id)),
    })),
    networkCase(
      'close a closed wave',
      'survey.manage',
      ({ network }) => ({ params: id(network.closedWaveId) }),
      {
        whenAllowed: 'conflict',
      },
    ),
  ],
  'GET /waves/{id}': [
    networkCase('read', 'network.view_people', ({ network }) => ({ params: id(network.openWaveId) })),
  ],
  'PATCH /waves/{id}': [
    networkCase('move the dates', 'survey.manage', async ({ world, network }) => ({
      params: id(await freshOpenWave(world.db, network.id)),
      body: { closesOn: daysFromToday(40) },
    })),
    networkCase(
      'move a closed wave’s dates',
      'survey.manage',
      ({ network }) => ({ params: id(network.closedWaveId), body: { closesOn: daysFromToday(40) } }),
      {
        whenAllowed: 'conflict',
      },
    ),
  ],
  'GET /waves/{id}/candidates': [
    networkCase('search', 'survey.answer', ({ network }) => ({
      params: id(network.openWaveId),
      query: { q: 'named' },
    })),
  ],
  'POST /waves/{id}/reminders': [
    networkCase('remind', 'survey.manage', ({ network }) => ({ params: id(network.openWaveId), body: {} })),
    networkCase(
      'remind on a closed wave',
      'survey.manage',
      ({ network }) => ({ params: id(network.closedWaveId), body: {} }),
      {
        whenAllowed: 'conflict',
      },
    ),
  ],
  'GET /me/surveys': [
    { name: 'mine', access: { who: 'signed-in' }, resources: ['none'], request: () => ({}) },
  ],

  'GET /networks/{id}/analyses': [
    networkCase('list', 'analysis.view', ({ network }) => ({ params: id(network.id) })),
  ],
  'POST /networks/{id}/analyses': [
    networkCase('queue', 'survey.manage', ({ network }) => ({
      params: id(network.id),
      body: { level: 'people' },
    })),
  ],
  'GET /analyses/{id}': [
    networkCase('read', 'analysis.view', ({ network }) => ({ params: id(network.analyses.people) })),
  ],
  'GET /analyses/{id}/nodes': [
    networkCase('people', 'analysis.view', ({ network }) => ({ params: id(network.analyses.people) })),
    networkCase('organisations', 'analysis.view', ({ network }) => ({
      params: id(network.analyses.organisations),
    })),
  ],
  'GET /analyses/{id}/position': [
    networkCase('mine', 'analysis.view', ({ network }) => ({ params: id(network.analyses.people) })),
  ],
  'GET /analyses/{id}/map': [
    networkCase('people', 'analysis.view', ({ network }) => ({ params: id(network.analyses.people) })),
    networkCase('organisations', 'analysis.view', ({ network }) => ({
      params: id(network.analyses.organisations),
    })),
  ],
  'GET /networks/{id}/graph': [
    // The closed wave's ties: the selection the world's analyses are of (a file without names is
    // made from the newest finished analysis of the selection; without one it is a 409).
    networkCase('GraphML', 'analysis.view', ({ network }) => ({
      params: id(network.id),
      query: { wave: network.closedWaveId },
    })),
    networkCase('CSV nodes', 'analysis.view', ({ network }) => ({
      params: id(network.id),
      query: { wave: network.closedWaveId, format: 'csv', table: 'nodes' },
    })),
  ],
  'GET /networks/{id}/analysis-settings': [
    networkCase('read', 'analysis.view', ({ network }) => ({ params: id(network.id) })),
  ],
  'PUT /networks/{id}/analysis-settings': [
    networkCase('back to the default', 'analysis.configure', ({ network }) => ({
      params: id(network.id),
      body: { mainSurveyId: null },
    })),
  ],
  'GET /networks/{id}/suggestions': [
    networkCase('for a member organisation', 'analysis.view', ({ network }) => ({
      params: id(network.id),
      query: { organisation: network.organisationId },
    })),
    networkCase('for someone else', 'suggestion.for_others', ({ network }) => ({
      params: id(network.id),
      query: { person: network.respondentId },
    })),
  ],
  // People's own data (personal-data/). Erasing uses the caller up, so it is done by a fresh person
  // who stands where the caller stands, re-entering their password.
  'GET /me/data': [
    { name: 'download one’s data', access: { who: 'signed-in' }, resources: ['none'], request: () => ({}) },
  ],
  'GET /me/data/summary': [
    { name: 'what is held', access: { who: 'signed-in' }, resources: ['none'], request: () => ({}) },
  ],
  'POST /me/erasure': [
    {
      name: 'erase oneself',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: async ({ world, caller }) => ({
        body: { password: TEST_PASSWORD },
        client: (await freshCallerLike(world, caller)).client,
      }),
    },
  ],
  'POST /people/{id}/erasure': [
    {
      name: 'erase a person',
      access: { who: 'self' },
      resources: ['self', 'someone-else'],
      request: async ({ world, caller, resource }) => {
        const { personId, client } = await freshCallerLike(world, caller);
        const subject = resource === 'self' && personId ? personId : (await freshPerson(world)).id;
        return { params: id(subject), body: { password: TEST_PASSWORD }, client };
      },
    },
  ],
  'GET /networks/{id}/erasure-policy': [
    networkCase('read', 'network.view', ({ network }) => ({ params: id(network.id) })),
  ],
  'PUT /networks/{id}/erasure-policy': [
    networkCase('choose', 'survey.manage', async ({ world, caller, resource }) => ({
      params: id((await freshNetworkLike(world, resource as NetworkKind, caller)).id),
      body: { erasedTies: 'remove' },
    })),
  ],
  'GET /audit-log': [
    {
      name: 'read',
      access: { who: 'admin' },
      resources: ['none'],
      request: () => ({ query: { limit: '5' } }),
    },
  ],

  'POST /networks/{id}/invitations': [
    networkCase('invite someone by email', 'membership.add', ({ network }) => ({
      params: id(network.id),
      body: { email: `invitee-${fresh()}@example.org`, displayName: 'Harness Invitee', role: 'member' },
    })),
    {
      name: 'invite a coordinator',
      access: { who: 'network', action: 'membership.add', grants: 'coordinator' },
      resources: NETWORKS,
      request: ({ network }) => ({
        params: id(network.id),
        body: {
          email: `invitee-${fresh()}@example.org`,
          displayName: 'Harness Invitee',
          role: 'coordinator',
        },
      }),
    },
  ],
  'POST /networks/{id}/invitations/csv': [
    networkCase('invite from a CSV', 'membership.add', ({ network }) => ({
      params: id(network.id),
      body: { csv: `email,name\ninvitee-${fresh()}@example.org,Harness Invitee\n`, role: 'member' },
    })),
  ],
  'POST /account/password-reset': [
    {
      name: 'forgot password',
      access: { who: 'anyone' },
      resources: ['none'],
      request: async ({ world }) => ({
        body: { email: (await buildPerson(world.db, { account: true })).email },
      }),
    },
  ],
  'POST /account/password': [
    {
      name: 'set a password from a reset link',
      access: { who: 'anyone' },
      resources: ['none'],
      request: async ({ world }) => {
        const person = await buildPerson(world.db, { account: true });
        const token = await insertAccountLink(world.db, { personId: person.id, purpose: 'password_reset' });
        return { body: { token, password: 'a harness password' } };
      },
    },
  ],
  'POST /me/email': [
    {
      name: 'change one’s email',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: () => ({ body: { newEmail: `changed-${fresh()}@example.org`, password: TEST_PASSWORD } }),
    },
  ],
  'POST /account/email-confirmation': [
    {
      name: 'confirm a new email',
      access: { who: 'anyone' },
      resources: ['none'],
      request: async ({ world }) => {
        const person = await buildPerson(world.db, { account: true });
        const token = await insertAccountLink(world.db, {
          personId: person.id,
          purpose: 'email_change',
          newEmail: `confirmed-${fresh()}@example.org`,
        });
        return { body: { token } };
      },
    },
  ],
  'GET /mail': [
    {
      name: 'the outbox',
      access: { who: 'admin' },
      resources: ['none'],
      request: () => ({ query: { limit: '5' } }),
    },
  ],
  'GET /mail/{id}': [
    {
      name: 'one mail',
      access: { who: 'admin' },
      resources: ['none'],
      request: async ({ world }) => {
        const person = await buildPerson(world.db, { account: true });
        const mail = await queueMail(world.db, {
          kind: 'email_change_notice',
          personId: person.id,
          to: person.email!,
          locale: 'en',
          params: { newEmail: person.email! },
        });
        return { params: id(mail.id) };
      },
    },
  ],
  'POST /mail/unsubscribe': [
    {
      name: 'one-click unsubscribe',
      access: { who: 'anyone' },
      resources: ['none'],
      request: async ({ world }) => {
        const person = await buildPerson(world.db, { account: true });
        return { query: { token: unsubscribeToken(await signingKey(world.db), person.id, 'surveys') } };
      },
    },
  ],
  'GET /resources': [
    {
      name: 'resources one may see',
      access: { who: 'anyone' },
      resources: ['none'],
      request: () => ({ query: { q: 'evaluacion formativa', type: 'card,plan', limit: '5' } }),
    },
    {
      name: 'a network’s resources',
      access: { who: 'filter' },
      resources: NETWORKS,
      // A public resource in the network: a caller who may not see the network must still get none.
      request: async ({ world, network }) => {
        await buildResource(world.db, { networkId: network.id, visibility: 'public' });
        return { query: { network: network.id } };
      },
    },
  ],
  'GET /resources/suggestions': [
    {
      name: 'subjects in use',
      access: { who: 'anyone' },
      resources: ['none'],
      request: () => ({ query: { field: 'subject', q: 'mat' } }),
    },
  ],
  'GET /practices': [
    { name: 'practices one may see', access: { who: 'anyone' }, resources: ['none'], request: () => ({}) },
    {
      name: 'a network’s practices',
      access: { who: 'filter' },
      resources: NETWORKS,
      request: ({ network }) => ({ query: { network: network.id } }),
    },
  ],
  'POST /practices': [
    networkCase('record a practice', 'practice.create', ({ network }) => ({
      body: {
        title: 'Harness practice',
        claim: 'Reading aloud daily improves fluency in Year 3.',
        components: ['Ten minutes a day'],
        language: 'en',
        schoolId: network.organisationId,
        networkId: network.id,
      },
    })),
  ],
  'GET /practices/{id}': [
    networkCase('a practice', 'practice.view', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
    })),
  ],
  'PATCH /practices/{id}': [
    networkCase('edit someone else’s practice', 'practice.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
      body: { claim: 'Edited by the route harness.' },
    })),
  ],
  'DELETE /practices/{id}': [
    networkCase('delete someone else’s practice', 'practice.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
    })),
  ],
  'GET /practices/{id}/evidence': [
    networkCase('the evidence', 'practice.view', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
    })),
  ],
  'POST /practices/{id}/evidence': [
    networkCase('add evidence', 'evidence.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
      body: { direction: 'mixed', kind: 'study', level: 2, summary: 'A before-and-after comparison.' },
    })),
  ],
  'PATCH /evidence/{id}': [
    networkCase('edit evidence', 'evidence.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).evidenceId),
      body: { level: 2 },
    })),
  ],
  'DELETE /evidence/{id}': [
    networkCase('delete evidence', 'evidence.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).evidenceId),
    })),
  ],
  'GET /practices/{id}/adoptions': [
    networkCase('the adoptions', 'practice.view', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
    })),
  ],
  'POST /practices/{id}/adoptions': [
    networkCase('record another school’s adoption', 'adoption.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
      body: { schoolId: (await buildOrganisation(world.db)).id, startedOn: '2026-02-01', mode: 'adopted' },
    })),
  ],
  'PATCH /adoptions/{id}': [
    networkCase('edit another school’s adoption', 'adoption.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).adoptionId),
      body: { outcome: 'Kept for a second year.' },
    })),
  ],
  'DELETE /adoptions/{id}': [
    networkCase('delete another school’s adoption', 'adoption.manage', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).adoptionId),
    })),
  ],
  'GET /practices/{id}/travel': [
    networkCase('where it travelled', 'practice.view', async ({ world, network }) => ({
      params: id((await freshPractice(world, network)).id),
    })),
  ],
  'POST /resources': [
    networkCase('share a resource with the network', 'resource.share', ({ network }) => ({
      body: { ...RESOURCE_BODY, networkId: network.id, visibility: 'network' },
    })),
  ],
  'GET /resources/{id}': [
    networkCase('a resource shared with the network', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
    })),
    {
      name: 'a public resource',
      access: { who: 'anyone' },
      resources: ['public'],
      request: async ({ world, network }) => ({
        params: id((await freshResource(world, network, 'public')).id),
      }),
    },
  ],
  'PATCH /resources/{id}': [
    networkCase('edit someone else’s shared resource', 'resource.manage', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
      body: { summary: 'Edited by the route harness.', versionNote: 'Harness' },
    })),
  ],
  'DELETE /resources/{id}': [
    networkCase('delete someone else’s shared resource', 'resource.manage', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
    })),
  ],
  'GET /resources/{id}/versions': [
    networkCase('a resource’s history', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
    })),
  ],
  'GET /resources/{id}/versions/{version}': [
    networkCase('one version', 'resource.view_shared', async ({ world, network }) => ({
      params: { id: (await freshResource(world, network)).id, version: '1' },
    })),
  ],
  'POST /resources/{id}/adaptations': [
    networkCase('adapt a shared resource as a draft', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
      body: { ...RESOURCE_BODY, title: 'Harness adaptation', visibility: 'draft' },
    })),
  ],
  'GET /resources/{id}/adaptations': [
    networkCase('a resource’s adaptations', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
    })),
  ],
  'GET /resources/{id}/attachments': [
    networkCase('a resource’s files', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshResource(world, network)).id),
    })),
  ],
  'POST /resources/{id}/attachments': [
    networkCase(
      'attach a file to someone else’s shared resource',
      'resource.manage',
      async ({ world, network }) => ({
        params: id((await freshResource(world, network)).id),
        query: { name: 'Rúbrica.pdf' },
        body: samplePdf(),
      }),
    ),
  ],
  'GET /attachments/{id}': [
    networkCase('download a shared resource’s file', 'resource.view_shared', async ({ world, network }) => ({
      params: id((await freshAttachment(world, network)).id),
    })),
  ],
  'DELETE /attachments/{id}': [
    networkCase(
      'remove a file from someone else’s shared resource',
      'resource.manage',
      async ({ world, network }) => ({
        params: id((await freshAttachment(world, network)).id),
      }),
    ),
  ],
  'GET /networks/{id}/collections': [
    networkCase('a network’s collections', 'collection.view', ({ network }) => ({ params: id(network.id) })),
  ],
  'POST /networks/{id}/collections': [
    networkCase('curate a collection', 'collection.manage', async ({ world, network }) => ({
      params: id(network.id),
      body: {
        title: 'Harness collection',
        titleEs: 'Colección del arnés',
        resourceIds: [(await freshResource(world, network, 'public')).id],
      },
    })),
  ],
  'GET /collections/{id}': [
    networkCase('a collection', 'collection.view', async ({ world, network }) => ({
      params: id((await freshCollection(world, network)).id),
    })),
  ],
  'PATCH /collections/{id}': [
    networkCase('rename a collection', 'collection.manage', async ({ world, network }) => ({
      params: id((await freshCollection(world, network)).id),
      body: { description: 'Edited by the route harness.' },
    })),
  ],
  'DELETE /collections/{id}': [
    networkCase('delete a collection', 'collection.manage', async ({ world, network }) => ({
      params: id((await freshCollection(world, network)).id),
    })),
  ],
  'PUT /collections/{id}/items': [
    networkCase('set a collection’s resources', 'collection.manage', async ({ world, network }) => ({
      params: id((await freshCollection(world, network)).id),
      body: { resourceIds: [(await freshResource(world, network, 'public')).id] },
    })),
  ],
  'GET /networks/{id}/bank-activity': [
    networkCase('what the network shared this term', 'network.view', ({ network }) => ({
      params: id(network.id),
      query: { since: '2026-01-01' },
    })),
  ],
  'POST /introductions': [
    {
      name: 'ask for an introduction',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: async ({ world }) => ({
        body: { personId: (await buildPerson(world.db, { account: true })).id },
      }),
    },
  ],
  'GET /introductions/{id}': [
    {
      name: 'one’s introduction',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: async ({ world, caller }) => {
        const other = await buildPerson(world.db, { account: true });
        if (caller === 'anonymous') return { params: id(other.id) };
        const introduction = await insertIntroduction(world.db, {
          requesterId: world.people[caller].id,
          targetId: other.id,
          networkId: null,
        });
        return { params: id(introduction.id) };
      },
    },
  ],
  'POST /introductions/{id}/answer': [
    {
      name: 'answer an introduction one was asked for',
      access: { who: 'signed-in' },
      resources: ['none'],
      request: async ({ world, caller }) => {
        const other = await buildPerson(world.db, { account: true });
        if (caller === 'anonymous') return { params: id(other.id), body: { accept: false } };
        const introduction = await insertIntroduction(world.db, {
          requesterId: other.id,
          targetId: world.people[caller].id,
          networkId: null,
        });
        return { params: id(introduction.id), body: { accept: false } };
      },
    },
  ],
};

const freshPerson = (world: World) => buildPerson(world.db);
