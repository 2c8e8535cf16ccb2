/**
 * Every authorisation decision in Trellis, in one place. Routes gather the facts (who is asking,
 * their role in the network, the network's visibility) and ask here; nothing else decides.
 * The rules are a table so that they read as policy and can be tested as a matrix
 * (authz/policy.test.ts: role × action × allowed).
 */
import {
  MEMBERSHIP_ROLES,
  type InquiryTeamRole,
  type InquiryVisibility,
  type MembershipRole,
  type NetworkVisibility,
  type ResourceVisibility,
} from '../shared/vocabulary.js';

/** Who is asking: nobody signed in, or a person (who may be a platform admin). */
export type Principal = { kind: 'anonymous' } | { kind: 'person'; personId: string; isAdmin: boolean };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** What we know about the principal and one network. */
export interface NetworkFacts {
  visibility: NetworkVisibility;
  /**
   * The principal's role in the network: their own membership's role, or `member` when they
   * only belong through an organisation they are affiliated with or through a network below
   * this one (a network of networks); null when none of these.
   */
  role: MembershipRole | null;
}

export type NetworkAction =
  | 'network.view'
  | 'network.view_people'
  | 'network.update'
  | 'network.attach_child'
  | 'membership.add'
  | 'membership.change_role'
  | 'membership.end'
  | 'survey.manage'
  | 'survey.view_answers'
  | 'survey.answer'
  | 'analysis.view'
  | 'analysis.view_names'
  | 'analysis.configure'
  | 'suggestion.for_others'
  | 'practice.view'
  | 'practice.create'
  | 'practice.manage'
  | 'evidence.manage'
  | 'adoption.manage'
  | 'resource.view_shared'
  | 'resource.share'
  | 'resource.manage'
  | 'collection.view'
  | 'collection.manage'
  | 'inquiry.create'
  | 'inquiry.oversee'
  | 'inquiry.manage'
  | 'inquiry.rollup';

/** Everyone who takes part in a network: every role but observers, who watch. */
const PARTICIPANTS: readonly MembershipRole[] = MEMBERSHIP_ROLES.filter((role) => role !== 'observer');

/** Network roles that may act, beyond platform admins (who may do everything). */
const ROLES_ALLOWED: Record<
  Exclude<
    NetworkAction,
    'network.view' | 'network.view_people' | 'practice.view' | 'collection.view' | 'resource.view_shared'
  >,
  readonly MembershipRole[]
> = {
  'network.update': ['coordinator', 'coordinating_committee'],
  // Putting a network under this one lets the child's people into this network's surveys and
  // analyses (a network of networks reaches its members' members), so it is this network's call.
  'network.attach_child': ['coordinator'],
  'membership.add': ['coordinator', 'coordinating_committee', 'facilitator'],
  'membership.change_role': ['coordinator'],
  'membership.end': ['coordinator', 'coordinating_committee'],
  // Relationship surveys are the evaluators' instrument, run with the coordinators.
  'survey.manage': ['coordinator', 'evaluator'],
  // Individual answers: the respondent (see canViewResponse), evaluators and coordinators only.
  'survey.view_answers': ['coordinator', 'evaluator'],
  // Everyone who takes part answers; observers watch and are not part of the map.
  'survey.answer': PARTICIPANTS,
  // The network's own map is for those in it (anonymised for most: see analyses.service.ts).
  'analysis.view': MEMBERSHIP_ROLES,
  // Names on the people map (and in its table and export): those who see individual answers, and
  // facilitators, who work with the people the map shows; everyone who may view the map when the
  // network opts in (namedMapForMembers, decided in analyses.service.ts's showsNames).
  'analysis.view_names': ['coordinator', 'evaluator', 'facilitator'],
  // Which survey the network's suggestions follow (its main survey).
  'analysis.configure': ['coordinator'],
  // Anyone may ask for their own suggested connections; someone else's draw on the named map
  // and on the ties others reported, so only those who see individual answers may ask for them.
  'suggestion.for_others': ['coordinator', 'evaluator'],
  // Practices (issue 12): everyone who takes part records the innovations their schools run.
  'practice.create': PARTICIPANTS,
  // Editing anyone's practice; its author and its school's people may too (canOnPractice).
  'practice.manage': ['coordinator', 'coordinating_committee', 'evaluator'],
  // Evidence is the evaluators' craft, with the coordinators; the school's own people add theirs
  // and record their adoptions (canOnPractice).
  'evidence.manage': ['coordinator', 'evaluator'],
  'adoption.manage': ['coordinator', 'evaluator'],
  // The knowledge bank: everyone who takes part shares resources with the network; observers read.
  'resource.share': PARTICIPANTS,
  // Editing and removing anyone's shared resource: the network's coordinators (authors edit their own).
  'resource.manage': ['coordinator'],
  // Collections are the network's curated shelves ("Starter kit for the transitions network").
  'collection.manage': ['coordinator', 'coordinating_committee', 'facilitator'],
  // Collaborative inquiry (issue 13): everyone who takes part opens inquiries with colleagues.
  'inquiry.create': PARTICIPANTS,
  // Every inquiry of the network, the team-only ones included: those who support and evaluate
  // the network's inquiry (canOnInquiry).
  'inquiry.oversee': ['coordinator', 'evaluator'],
  // Editing any inquiry, its team included: the coordinators, who keep the network's work going
  // when a team's lead leaves.
  'inquiry.manage': ['coordinator'],
  // The network's "what works here" page: everyone in the network, observers included; it rolls
  // up only the inquiries each of them may see (inquiryVisibleTo).
  'inquiry.rollup': MEMBERSHIP_ROLES,
};

/**
 * Roles each role may give to a new member: coordinators appoint anyone; the committee anyone
 * but a coordinator; facilitators onboard members, observers and partners.
 */
const GRANTABLE_ROLES: Partial<Record<MembershipRole, readonly MembershipRole[]>> = {
  coordinator: [
    'coordinator',
    'coordinating_committee',
    'facilitator',
    'evaluator',
    'member',
    'external_partner',
    'observer',
  ],
  coordinating_committee: [
    'coordinating_committee',
    'facilitator',
    'evaluator',
    'member',
    'external_partner',
    'observer',
  ],
  facilitator: ['member', 'external_partner', 'observer'],
};

const isAdmin = (principal: Principal) => principal.kind === 'person' && principal.isAdmin;

/** May the principal take this action on the network? */
export function canOnNetwork(principal: Principal, action: NetworkAction, facts: NetworkFacts): boolean {
  // Answering is about one's own ties in the network: being an admin does not make one a member.
  if (isAdmin(principal) && action !== 'survey.answer') return true;
  const canView = facts.visibility === 'public' || (principal.kind === 'person' && facts.role !== null);
  switch (action) {
    // A practice is seen where its network is: by its members, and by everyone when the network
    // is public (a public network shares what its schools learnt, as it shows who takes part).
    // A collection too: it is the network's shelf, and its items are each filtered by the
    // resource's own visibility (collections.service.ts), so a public network's shelf never shows
    // a members-only resource to someone outside.
    case 'network.view':
    case 'practice.view':
    case 'collection.view':
      return canView;
    case 'network.view_people':
      // Anonymous visitors see which organisations take part, never which people.
      return canView && principal.kind === 'person';
    // What is shared "with the network" is for those in it, even when the network itself is public.
    case 'resource.view_shared':
      return principal.kind === 'person' && facts.role !== null;
    default:
      return principal.kind === 'person' && facts.role !== null && ROLES_ALLOWED[action].includes(facts.role);
  }
}

/** The roles the principal may give when adding a member (empty when they may not add). */
export function grantableRoles(principal: Principal, facts: NetworkFacts): readonly MembershipRole[] {
  if (isAdmin(principal)) return GRANTABLE_ROLES.coordinator ?? [];
  if (!canOnNetwork(principal, 'membership.add', facts) || facts.role === null) return [];
  return GRANTABLE_ROLES[facts.role] ?? [];
}

/** The change a membership update makes to its end date. */
export type MembershipEndChange =
  /** Setting an end date on a current membership: leaving, or being removed. */
  | 'end'
  /** Clearing or moving the end date of a membership that has ended: coming back. */
  | 'reinstate';

/**
 * May the principal make this change to a membership's end date? Anyone may leave, and those who
 * end memberships may end others'. Coming back is a new admission, so it is for those who add
 * members, never for the former member themselves (who would otherwise get their old role back).
 */
export function canChangeMembershipEnd(
  principal: Principal,
  facts: NetworkFacts,
  membership: { personId: string | null; change: MembershipEndChange },
): boolean {
  if (membership.change === 'reinstate') return canOnNetwork(principal, 'membership.add', facts);
  if (principal.kind === 'person' && membership.personId === principal.personId) return true;
  return canOnNetwork(principal, 'membership.end', facts);
}

/** Only platform admins create networks: a new network is a decision of central leadership or a call. */
export function canCreateNetwork(principal: Principal): boolean {
  return isAdmin(principal);
}

/** The audit log names who did what: platform admins only. */
export function canReadAuditLog(principal: Principal): boolean {
  return isAdmin(principal);
}

/** Organisations are public institutions: anyone may see them. */
export function canViewOrganisation(_principal: Principal): boolean {
  return true;
}

/** People's profiles are for signed-in users only. */
export function canViewPerson(principal: Principal): boolean {
  return principal.kind === 'person';
}

/** Free tags in use (outside the topic vocabulary) are people's own words: for signed-in users. */
export function canSeeFreeTags(principal: Principal): boolean {
  return principal.kind === 'person';
}

/** A person's own profile tags (expertise, needs, languages) are theirs to edit; admins may too. */
export function canEditPerson(principal: Principal, personId: string): boolean {
  return principal.kind === 'person' && (principal.isAdmin || principal.personId === personId);
}

/**
 * A person's email is seen by themselves, admins, and those who run a network the person
 * belongs to (coordinators, the committee, facilitators), who need to reach their members.
 */
export function canViewContact(
  principal: Principal,
  subject: { personId: string; rolesOfViewerInSharedNetworks: readonly MembershipRole[] },
): boolean {
  if (principal.kind !== 'person') return false;
  if (principal.isAdmin || principal.personId === subject.personId) return true;
  return subject.rolesOfViewerInSharedNetworks.some((role) =>
    (['coordinator', 'coordinating_committee', 'facilitator'] as const).includes(role as never),
  );
}

// ——— People's own data (personal-data/) ———

export type PersonalDataAction = 'personal_data.export' | 'personal_data.erase';

/**
 * Who may act on a person's data: the person themselves, and for erasure platform admins, who
 * carry out a request made to them (someone who cannot sign in, say). Nobody downloads another
 * person's archive through the API.
 */
const PERSONAL_DATA_RULES: Record<PersonalDataAction, { self: boolean; admin: boolean }> = {
  'personal_data.export': { self: true, admin: false },
  'personal_data.erase': { self: true, admin: true },
};

/** May the principal export or erase the data of `subjectId`? */
export function canOnPersonalData(
  principal: Principal,
  action: PersonalDataAction,
  subjectId: string,
): boolean {
  if (principal.kind !== 'person') return false;
  const rule = PERSONAL_DATA_RULES[action];
  return (rule.self && principal.personId === subjectId) || (rule.admin && principal.isAdmin);
}

/**
 * A network's choice for erased people's ties (tombstone or remove) belongs with its survey
 * instrument: those who manage surveys (evaluators, coordinators, admins) change it.
 */
export function canSetErasurePolicy(principal: Principal, facts: NetworkFacts): boolean {
  return canOnNetwork(principal, 'survey.manage', facts);
}

/**
 * The outbox holds every mail Trellis sent or will send, one-time links included until they are
 * sent over SMTP: platform admins only.
 */
export function canReadOutbox(principal: Principal): boolean {
  return isAdmin(principal);
}

/** Asking for an introduction: a signed-in person, to someone else (never to themselves). */
export function canAskForIntroduction(principal: Principal, targetId: string): boolean {
  return principal.kind === 'person' && principal.personId !== targetId;
}

// ——— Practices, evidence and adoptions (practices/) ———

/** What a practice decision needs beyond the network: who wrote it and which school the caller is at. */
export interface PracticeFacts {
  network: NetworkFacts;
  /** The caller recorded the practice. */
  isCreator: boolean;
  /**
   * The caller is currently affiliated with the school the decision concerns: the originating
   * school for the practice and its evidence, the adopting school for an adoption.
   */
  atSchool: boolean;
}

export type PracticeAction = 'practice.edit' | 'evidence.edit' | 'adoption.edit';

/**
 * May the principal edit the practice, its evidence or an adoption? The network's roles
 * (practice.manage, evidence.manage, adoption.manage) may; so may the school's own people, and
 * for the practice itself its author, as long as they can see it.
 */
export function canOnPractice(principal: Principal, action: PracticeAction, facts: PracticeFacts): boolean {
  const networkAction = (
    {
      'practice.edit': 'practice.manage',
      'evidence.edit': 'evidence.manage',
      'adoption.edit': 'adoption.manage',
    } as const
  )[action];
  if (canOnNetwork(principal, networkAction, facts.network)) return true;
  if (principal.kind !== 'person' || !canOnNetwork(principal, 'practice.view', facts.network)) return false;
  return facts.atSchool || (action === 'practice.edit' && facts.isCreator);
}

// ——— The knowledge bank's resources (resources/) ———

/** What a resource decision needs: its visibility, whether the caller wrote it, and its network. */
export interface ResourceFacts {
  visibility: ResourceVisibility;
  /** The caller is one of the resource's credited authors. */
  isAuthor: boolean;
  /** The caller's standing in the network the resource is shared with; null when it has none. */
  network: NetworkFacts | null;
}

export type ResourceAction = 'resource.read' | 'resource.edit' | 'resource.adapt';

/**
 * May the principal read, edit (which includes deleting, versions and attachments) or adapt the
 * resource? Drafts are their authors' alone, admins included: a draft is private writing. Shared
 * ones are read by the network's people (`resource.view_shared`), public ones by everyone. Authors
 * edit their own; the network's coordinators (and admins) edit what was shared with it. Anyone
 * signed in who may read a resource may adapt it, subject to its licence (resources/licences.ts).
 * The SQL twin for lists is `resourceVisibleTo` in resources/resources.queries.ts.
 */
export function canOnResource(principal: Principal, action: ResourceAction, facts: ResourceFacts): boolean {
  const canRead =
    facts.visibility === 'public' ||
    (principal.kind === 'person' && facts.isAuthor) ||
    (facts.visibility === 'network' &&
      facts.network !== null &&
      canOnNetwork(principal, 'resource.view_shared', facts.network));
  if (!canRead || principal.kind !== 'person') return canRead && action === 'resource.read';
  switch (action) {
    case 'resource.read':
    case 'resource.adapt':
      return true;
    case 'resource.edit':
      return (
        facts.isAuthor ||
        (facts.visibility !== 'draft' &&
          (isAdmin(principal) ||
            (facts.network !== null && canOnNetwork(principal, 'resource.manage', facts.network))))
      );
  }
}

// ——— Collaborative inquiry (inquiry/) ———

/** What an inquiry decision needs: the network, who may see it beyond its team, the caller's place in the team. */
export interface InquiryFacts {
  network: NetworkFacts;
  visibility: InquiryVisibility;
  /** The caller's role in the inquiry's team; null when they are not in it. */
  teamRole: InquiryTeamRole | null;
}

/**
 * `inquiry.view`: read the inquiry, its diagram, cycles, measures and charts.
 * `inquiry.edit`: change any of them and enter data. `inquiry.manage`: change the team, the
 * visibility, or delete the inquiry.
 */
export type InquiryAction = 'inquiry.view' | 'inquiry.edit' | 'inquiry.manage';

/**
 * An inquiry is its team's while they take part in the network: they see and edit it, and its
 * leads manage the team. The network's
 * coordinators and evaluators see every inquiry (coordinators also edit and manage it); the
 * network's other people see it only when the team chose `network`. The SQL twin for lists is
 * `inquiryVisibleTo` in inquiry/inquiries.queries.ts.
 */
export function canOnInquiry(principal: Principal, action: InquiryAction, facts: InquiryFacts): boolean {
  if (principal.kind !== 'person') return false;
  if (isAdmin(principal) || canOnNetwork(principal, 'inquiry.manage', facts.network)) return true;
  // The team is the network's people working together: someone whose place in the network has
  // ended no longer acts in its teams (nor sees a members-only network's work through them).
  const teamRole = facts.network.role === null ? null : facts.teamRole;
  switch (action) {
    case 'inquiry.view':
      return (
        teamRole !== null ||
        canOnNetwork(principal, 'inquiry.oversee', facts.network) ||
        (facts.visibility === 'network' && facts.network.role !== null)
      );
    case 'inquiry.edit':
      return teamRole !== null;
    case 'inquiry.manage':
      return teamRole === 'lead';
  }
}
