import { describe, expect, it } from 'vitest';
import {
  INQUIRY_TEAM_ROLES,
  INQUIRY_VISIBILITIES,
  MEMBERSHIP_ROLES,
  NETWORK_VISIBILITIES,
  RESOURCE_VISIBILITIES,
  type InquiryTeamRole,
  type InquiryVisibility,
  type MembershipRole,
  type NetworkVisibility,
  type ResourceVisibility,
} from '../shared/vocabulary.js';
import {
  ANONYMOUS,
  canChangeMembershipEnd,
  canOnNetwork,
  canViewContact,
  canCreateNetwork,
  canEditPerson,
  canReadAuditLog,
  canReadOutbox,
  canSeeFreeTags,
  canAskForIntroduction,
  canOnInquiry,
  canOnPractice,
  canOnResource,
  type InquiryAction,
  type PracticeAction,
  type ResourceAction,
  grantableRoles,
  type NetworkAction,
  type Principal,
} from './policy.js';

const person: Principal = { kind: 'person', personId: 'p1', isAdmin: false };
const admin: Principal = { kind: 'person', personId: 'a1', isAdmin: true };

type Who = 'anonymous' | 'outsider' | 'admin' | MembershipRole;
const WHO: Who[] = ['anonymous', 'outsider', 'admin', ...MEMBERSHIP_ROLES];

const principalOf = (who: Who): Principal =>
  who === 'anonymous' ? ANONYMOUS : who === 'admin' ? admin : person;
const roleOf = (who: Who): MembershipRole | null =>
  who === 'anonymous' || who === 'outsider' || who === 'admin' ? null : who;

/** Everyone who takes part in a network: all roles but observers, who watch. */
const PARTICIPANTS = MEMBERSHIP_ROLES.filter((role) => role !== 'observer');

/**
 * The expected policy, written out in full: for each action and visibility, who may act.
 * A change to policy.ts that is not also made here fails the matrix below.
 */
const EXPECTED: Record<NetworkAction, Record<NetworkVisibility, Who[]>> = {
  'network.view': {
    public: WHO,
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'network.view_people': {
    public: WHO.filter((who) => who !== 'anonymous'),
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'network.update': {
    public: ['admin', 'coordinator', 'coordinating_committee'],
    members: ['admin', 'coordinator', 'coordinating_committee'],
  },
  'network.attach_child': {
    public: ['admin', 'coordinator'],
    members: ['admin', 'coordinator'],
  },
  'membership.add': {
    public: ['admin', 'coordinator', 'coordinating_committee', 'facilitator'],
    members: ['admin', 'coordinator', 'coordinating_committee', 'facilitator'],
  },
  'membership.change_role': {
    public: ['admin', 'coordinator'],
    members: ['admin', 'coordinator'],
  },
  'membership.end': {
    public: ['admin', 'coordinator', 'coordinating_committee'],
    members: ['admin', 'coordinator', 'coordinating_committee'],
  },
  'survey.manage': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'survey.view_answers': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'analysis.view': {
    public: ['admin', ...MEMBERSHIP_ROLES],
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'analysis.view_names': {
    public: ['admin', 'coordinator', 'evaluator', 'facilitator'],
    members: ['admin', 'coordinator', 'evaluator', 'facilitator'],
  },
  'analysis.configure': {
    public: ['admin', 'coordinator'],
    members: ['admin', 'coordinator'],
  },
  'suggestion.for_others': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'survey.answer': {
    public: MEMBERSHIP_ROLES.filter((role) => role !== 'observer'),
    members: MEMBERSHIP_ROLES.filter((role) => role !== 'observer'),
  },
  'practice.view': {
    public: WHO,
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'practice.create': {
    public: ['admin', ...MEMBERSHIP_ROLES.filter((role) => role !== 'observer')],
    members: ['admin', ...MEMBERSHIP_ROLES.filter((role) => role !== 'observer')],
  },
  'practice.manage': {
    public: ['admin', 'coordinator', 'coordinating_committee', 'evaluator'],
    members: ['admin', 'coordinator', 'coordinating_committee', 'evaluator'],
  },
  'evidence.manage': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'adoption.manage': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'resource.view_shared': {
    public: ['admin', ...MEMBERSHIP_ROLES],
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'resource.share': {
    public: ['admin', ...PARTICIPANTS],
    members: ['admin', ...PARTICIPANTS],
  },
  'resource.manage': {
    public: ['admin', 'coordinator'],
    members: ['admin', 'coordinator'],
  },
  'collection.view': {
    public: WHO,
    members: ['admin', ...MEMBERSHIP_ROLES],
  },
  'collection.manage': {
    public: ['admin', 'coordinator', 'coordinating_committee', 'facilitator'],
    members: ['admin', 'coordinator', 'coordinating_committee', 'facilitator'],
  },
  'inquiry.create': { public: ['admin', ...PARTICIPANTS], members: ['admin', ...PARTICIPANTS] },
  'inquiry.oversee': {
    public: ['admin', 'coordinator', 'evaluator'],
    members: ['admin', 'coordinator', 'evaluator'],
  },
  'inquiry.manage': { public: ['admin', 'coordinator'], members: ['admin', 'coordinator'] },
  'inquiry.rollup': { public: ['admin', ...MEMBERSHIP_ROLES], members: ['admin', ...MEMBERSHIP_ROLES] },
};

describe('authorisation matrix: role × action × allowed', () => {
  const cases = Object.entries(EXPECTED).flatMap(([action, byVisibility]) =>
    Object.entries(byVisibility).flatMap(([visibility, allowed]) =>
      WHO.map((who) => ({
        action: action as NetworkAction,
        visibility: visibility as NetworkVisibility,
        who,
        allowed: allowed.includes(who),
      })),
    ),
  );

  it.each(cases)(
    '$action on a $visibility network by $who → $allowed',
    ({ action, visibility, who, allowed }) => {
      expect(canOnNetwork(principalOf(who), action, { visibility, role: roleOf(who) })).toBe(allowed);
    },
  );
});

describe('grantable roles', () => {
  const facts = (role: MembershipRole | null) => ({ visibility: 'public' as const, role });

  it('lets coordinators and admins appoint any role', () => {
    expect(grantableRoles(person, facts('coordinator'))).toEqual([...MEMBERSHIP_ROLES]);
    expect([...grantableRoles(admin, facts(null))].sort()).toEqual([...MEMBERSHIP_ROLES].sort());
  });

  it('keeps the coordinator role out of the committee’s hands', () => {
    expect(grantableRoles(person, facts('coordinating_committee'))).not.toContain('coordinator');
    expect(grantableRoles(person, facts('coordinating_committee'))).toContain('facilitator');
  });

  it('lets facilitators onboard only members, partners and observers', () => {
    expect(grantableRoles(person, facts('facilitator'))).toEqual(['member', 'external_partner', 'observer']);
  });

  it.each(['evaluator', 'member', 'external_partner', 'observer', null] as const)(
    'gives %s nothing to grant',
    (role) => {
      expect(grantableRoles(person, facts(role))).toEqual([]);
    },
  );

  it('gives anonymous visitors nothing to grant', () => {
    expect(grantableRoles(ANONYMOUS, facts(null))).toEqual([]);
  });
});

describe('ending memberships and coming back', () => {
  const asRole = (role: MembershipRole | null) => ({ visibility: 'public' as const, role });

  it('lets anyone leave, but not end someone else’s membership', () => {
    expect(canChangeMembershipEnd(person, asRole('member'), { personId: 'p1', change: 'end' })).toBe(true);
    expect(
      canChangeMembershipEnd(person, asRole('member'), { personId: 'someone-else', change: 'end' }),
    ).toBe(false);
    expect(canChangeMembershipEnd(ANONYMOUS, asRole(null), { personId: null, change: 'end' })).toBe(false);
  });

  it('never lets former members bring themselves back, whatever role they had', () => {
    for (const role of [
      null,
      ...MEMBERSHIP_ROLES.filter(
        (r) => r !== 'coordinator' && r !== 'coordinating_committee' && r !== 'facilitator',
      ),
    ]) {
      expect(canChangeMembershipEnd(person, asRole(role), { personId: 'p1', change: 'reinstate' })).toBe(
        false,
      );
    }
  });

  it.each(['coordinator', 'coordinating_committee', 'facilitator'] as const)(
    'lets a %s bring a former member back',
    (role) => {
      expect(
        canChangeMembershipEnd(person, asRole(role), { personId: 'someone-else', change: 'reinstate' }),
      ).toBe(true);
    },
  );

  it('lets admins do both', () => {
    expect(canChangeMembershipEnd(admin, asRole(null), { personId: 'p1', change: 'reinstate' })).toBe(true);
    expect(canChangeMembershipEnd(admin, asRole(null), { personId: 'p1', change: 'end' })).toBe(true);
  });
});

describe('creating networks and seeing contacts', () => {
  it('reserves the audit log for admins', () => {
    expect(canReadAuditLog(admin)).toBe(true);
    expect(canReadAuditLog(person)).toBe(false);
    expect(canReadAuditLog(ANONYMOUS)).toBe(false);
  });

  it('reserves the mail outbox for admins', () => {
    expect(canReadOutbox(admin)).toBe(true);
    expect(canReadOutbox(person)).toBe(false);
    expect(canReadOutbox(ANONYMOUS)).toBe(false);
  });

  it('shows free tags in use (people’s own words) to signed-in people only', () => {
    expect(canSeeFreeTags(person)).toBe(true);
    expect(canSeeFreeTags(admin)).toBe(true);
    expect(canSeeFreeTags(ANONYMOUS)).toBe(false);
  });

  it('lets a signed-in person ask for an introduction to someone else, never to themselves', () => {
    const self = person.kind === 'person' ? person.personId : '';
    expect(canAskForIntroduction(person, 'someone-else')).toBe(true);
    expect(canAskForIntroduction(person, self)).toBe(false);
    expect(canAskForIntroduction(admin, 'someone-else')).toBe(true);
    expect(canAskForIntroduction(ANONYMOUS, 'someone-else')).toBe(false);
  });

  it('reserves network creation for admins', () => {
    expect(canCreateNetwork(admin)).toBe(true);
    expect(canCreateNetwork(person)).toBe(false);
    expect(canCreateNetwork(ANONYMOUS)).toBe(false);
  });

  it.each([
    ['themselves', person, 'p1', [], true],
    ['an admin', admin, 'p2', [], true],
    ['anonymous', ANONYMOUS, 'p2', [], false],
    ['a fellow member', person, 'p2', ['member'], false],
    ['an evaluator of a shared network', person, 'p2', ['evaluator'], false],
    ['a coordinator of a shared network', person, 'p2', ['coordinator'], true],
    ['a facilitator of a shared network', person, 'p2', ['member', 'facilitator'], true],
  ] as const)('shows an email to %s: %s', (_who, principal, subject, roles, allowed) => {
    expect(canViewContact(principal, { personId: subject, rolesOfViewerInSharedNetworks: roles })).toBe(
      allowed,
    );
  });
});

describe('editing a profile', () => {
  it.each([
    ['themselves', person, 'p1', true],
    ['an admin', admin, 'p2', true],
    ['someone else', person, 'p2', false],
    ['anonymous', ANONYMOUS, 'p1', false],
  ] as const)('lets %s edit: %s', (_who, principal, subject, allowed) => {
    expect(canEditPerson(principal, subject)).toBe(allowed);
  });
});

describe('practices: the school’s people and the author, beyond the network’s roles', () => {
  const facts = (role: MembershipRole | null, visibility: NetworkVisibility, extra = {}) => ({
    network: { visibility, role },
    isCreator: false,
    atSchool: false,
    ...extra,
  });
  const ACTIONS: PracticeAction[] = ['practice.edit', 'evidence.edit', 'adoption.edit'];

  it.each(ACTIONS)('lets the school’s people do %s where they can see the practice', (action) => {
    expect(canOnPractice(person, action, facts(null, 'public', { atSchool: true }))).toBe(true);
    expect(canOnPractice(person, action, facts('member', 'members', { atSchool: true }))).toBe(true);
    // At the school, but the practice's network is hidden from them.
    expect(canOnPractice(person, action, facts(null, 'members', { atSchool: true }))).toBe(false);
    expect(canOnPractice(ANONYMOUS, action, facts(null, 'public', { atSchool: true }))).toBe(false);
  });

  it('lets a practice’s author edit it, but not its evidence or adoptions', () => {
    expect(canOnPractice(person, 'practice.edit', facts('member', 'members', { isCreator: true }))).toBe(
      true,
    );
    expect(canOnPractice(person, 'evidence.edit', facts('member', 'members', { isCreator: true }))).toBe(
      false,
    );
    expect(canOnPractice(person, 'adoption.edit', facts('member', 'members', { isCreator: true }))).toBe(
      false,
    );
  });

  it('lets evaluators and coordinators record evidence, and plain members not', () => {
    expect(canOnPractice(person, 'evidence.edit', facts('evaluator', 'members'))).toBe(true);
    expect(canOnPractice(person, 'evidence.edit', facts('coordinator', 'members'))).toBe(true);
    expect(canOnPractice(person, 'evidence.edit', facts('member', 'public'))).toBe(false);
    expect(canOnPractice(person, 'evidence.edit', facts('facilitator', 'members'))).toBe(false);
    expect(canOnPractice(admin, 'adoption.edit', facts(null, 'members'))).toBe(true);
  });
});

describe('resources: drafts are their authors’, shared ones the network’s, public ones everyone’s', () => {
  type Reader = 'anonymous' | 'outsider' | 'admin' | 'author' | 'observer' | 'member' | 'coordinator';
  const READERS: Reader[] = ['anonymous', 'outsider', 'admin', 'author', 'observer', 'member', 'coordinator'];
  const factsFor = (
    reader: Reader,
    visibility: ResourceVisibility,
    networkVisibility: NetworkVisibility,
  ) => ({
    visibility,
    isAuthor: reader === 'author',
    network: {
      visibility: networkVisibility,
      role: (['observer', 'member', 'coordinator'] as const).find((role) => role === reader) ?? null,
    },
  });
  const principal = (reader: Reader) =>
    reader === 'anonymous' ? ANONYMOUS : reader === 'admin' ? admin : person;
  /** Who may, by action and visibility, in a public network; a members-only one changes nothing. */
  const ALLOWED: Record<ResourceAction, Record<ResourceVisibility, Reader[]>> = {
    'resource.read': {
      draft: ['author'],
      network: ['admin', 'author', 'observer', 'member', 'coordinator'],
      public: READERS,
    },
    'resource.adapt': {
      draft: ['author'],
      network: ['admin', 'author', 'observer', 'member', 'coordinator'],
      public: READERS.filter((reader) => reader !== 'anonymous'),
    },
    'resource.edit': {
      draft: ['author'],
      network: ['admin', 'author', 'coordinator'],
      public: ['admin', 'author', 'coordinator'],
    },
  };
  const cases = (Object.keys(ALLOWED) as ResourceAction[]).flatMap((action) =>
    RESOURCE_VISIBILITIES.flatMap((visibility) =>
      NETWORK_VISIBILITIES.flatMap((networkVisibility) =>
        READERS.map((reader) => [action, visibility, networkVisibility, reader] as const),
      ),
    ),
  );
  it.each(cases)(
    '%s on a %s resource in a %s network, as %s',
    (action, visibility, networkVisibility, reader) => {
      const allowed = ALLOWED[action][visibility].includes(reader);
      expect(canOnResource(principal(reader), action, factsFor(reader, visibility, networkVisibility))).toBe(
        allowed,
      );
    },
  );

  it('keeps a resource without a network to its authors, or to everyone when public', () => {
    const own = { visibility: 'network' as const, isAuthor: false, network: null };
    expect(canOnResource(person, 'resource.read', own)).toBe(false);
    expect(canOnResource(admin, 'resource.edit', { ...own, visibility: 'public' })).toBe(true);
    expect(canOnResource(person, 'resource.edit', { ...own, visibility: 'public' })).toBe(false);
  });
});

describe('inquiries: the team, the network’s overseers, and the network when the team chooses', () => {
  type Team = InquiryTeamRole | 'none';
  const OVERSEERS: Who[] = ['admin', 'coordinator', 'evaluator'];
  /** Who may act, by the caller's place in the team and the inquiry's visibility, written out in full. */
  const expected = (action: InquiryAction, who: Who, team: Team, visibility: InquiryVisibility): boolean => {
    if (who === 'anonymous') return false;
    if (who === 'admin' || who === 'coordinator') return true;
    // Outside the network, a place in the team counts for nothing.
    if (roleOf(who) === null) team = 'none';
    switch (action) {
      case 'inquiry.view':
        return (
          team !== 'none' || OVERSEERS.includes(who) || (visibility === 'network' && roleOf(who) !== null)
        );
      case 'inquiry.edit':
        return team !== 'none';
      case 'inquiry.manage':
        return team === 'lead';
    }
  };
  const actions: InquiryAction[] = ['inquiry.view', 'inquiry.edit', 'inquiry.manage'];
  const cases = actions.flatMap((action) =>
    WHO.flatMap((who) =>
      (['none', ...INQUIRY_TEAM_ROLES] as Team[]).flatMap((team) =>
        INQUIRY_VISIBILITIES.map((visibility) => ({ action, who, team, visibility })),
      ),
    ),
  );

  it.each(cases)(
    '$action by $who (team: $team) on a $visibility inquiry',
    ({ action, who, team, visibility }) => {
      const facts = {
        network: { visibility: 'members' as const, role: roleOf(who) },
        visibility,
        teamRole: team === 'none' ? null : team,
      };
      expect(canOnInquiry(principalOf(who), action, facts)).toBe(expected(action, who, team, visibility));
    },
  );
});
