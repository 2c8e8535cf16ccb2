import { recordAudit } from '../audit/audit.js';
import {
  canChangeMembershipEnd,
  canOnNetwork,
  grantableRoles,
  type MembershipEndChange,
  type Principal,
} from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, validationFailed } from '../shared/errors.js';
import { membershipTexts as texts, roleNames } from './memberships.texts.js';
import type { MembershipRole } from '../shared/vocabulary.js';
import { toPage } from '../shared/pagination.js';
import { loadVisibleNetwork } from '../networks/networks.service.js';
import { organisationExists } from '../organisations/organisations.queries.js';
import { personExists } from '../people/people.queries.js';
import type {
  AddMembershipInput,
  MembershipListFilters,
  MembershipView,
  UpdateMembershipInput,
} from './memberships.schema.js';
import {
  countCoordinators,
  findCurrentMembership,
  findMembership,
  insertMembership,
  listMemberships,
  loadMembershipView,
  updateMembershipRow,
  type MembershipListRow,
} from './memberships.queries.js';

const actorIdOf = (principal: Principal) => (principal.kind === 'person' ? principal.personId : null);

/** A page of a network's members; anonymous visitors see member organisations only. */
export async function listNetworkMemberships(
  db: Executor,
  principal: Principal,
  key: string,
  filters: MembershipListFilters,
) {
  const { network, facts } = await loadVisibleNetwork(db, principal, key);
  const peopleVisible = canOnNetwork(principal, 'network.view_people', facts);
  if (filters.type === 'person' && !peopleVisible) {
    throw new ApiError('UNAUTHENTICATED', texts.signInForPeople);
  }
  const rows = await listMemberships(db, network.id, { ...filters, peopleVisible });
  return toPage(
    rows,
    filters.limit,
    (row) => [row.membership.role, row.name, row.membership.id],
    toMembershipView,
  );
}

/** Adds an organisation or a person to a network with a role the principal may grant. */
export async function addMembership(
  db: Database,
  principal: Principal,
  key: string,
  input: AddMembershipInput,
) {
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, key);
    if (!canOnNetwork(principal, 'membership.add', facts)) {
      throw new ApiError('FORBIDDEN', texts.onlyAdders);
    }
    if (!grantableRoles(principal, facts).includes(input.role)) {
      throw roleNotGrantable(input.role);
    }
    await checkMemberExists(tx, input);
    if (await findCurrentMembership(tx, network.id, input)) {
      throw new ApiError('CONFLICT', texts.alreadyMember);
    }
    const membership = await insertMembership(tx, { networkId: network.id, ...input });
    await recordAudit(tx, {
      actorId: actorIdOf(principal),
      action: 'membership.create',
      entityType: 'membership',
      entityId: membership.id,
      details: { networkId: network.id, ...input },
    });
    return viewOf(tx, network.id, membership.id);
  });
}

/** Changes a membership's role or end date. */
export async function updateMembership(
  db: Database,
  principal: Principal,
  key: string,
  membershipId: string,
  input: UpdateMembershipInput,
) {
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, key);
    const membership = await findMembership(tx, network.id, membershipId);
    if (!membership) throw new ApiError('NOT_FOUND', texts.notFound);
    const endChange = endDateChange(membership.endDate, input.endDate);
    // A role given on readmission is checked as an admission below, not as a change of role.
    const changesRole =
      input.role !== undefined && input.role !== membership.role && endChange !== 'reinstate';
    if (changesRole && !canOnNetwork(principal, 'membership.change_role', facts)) {
      throw new ApiError('FORBIDDEN', texts.onlyCoordinatorsChangeRoles);
    }
    if (
      endChange &&
      !canChangeMembershipEnd(principal, facts, { personId: membership.personId, change: endChange })
    ) {
      throw new ApiError(
        'FORBIDDEN',
        endChange === 'reinstate' ? texts.onlyAddersReinstate : texts.onlyCoordinatorsEnd,
      );
    }
    // Coming back is an admission: with a role the one who readmits may give.
    const roleOnReturn = input.role ?? membership.role;
    if (endChange === 'reinstate' && !grantableRoles(principal, facts).includes(roleOnReturn)) {
      throw roleNotGrantable(roleOnReturn);
    }
    if (input.endDate && membership.startDate && input.endDate < membership.startDate) {
      throw validationFailed([{ path: 'endDate', message: texts.endBeforeStart }]);
    }
    const leavesCoordinatorRole =
      membership.role === 'coordinator' &&
      membership.endDate === null &&
      ((input.role && input.role !== 'coordinator') || input.endDate);
    if (leavesCoordinatorRole && (await countCoordinators(tx, network.id)) <= 1) {
      throw new ApiError('CONFLICT', texts.lastCoordinator);
    }
    await updateMembershipRow(tx, membership.id, input);
    await recordAudit(tx, {
      actorId: actorIdOf(principal),
      action: input.endDate ? 'membership.end' : 'membership.update',
      entityType: 'membership',
      entityId: membership.id,
      details: { networkId: network.id, ...input },
    });
    return viewOf(tx, network.id, membership.id);
  });
}

const roleNotGrantable = (role: MembershipRole) =>
  new ApiError('FORBIDDEN', {
    en: `Your role in this network does not allow giving the role "${role}".`,
    es: `Tu rol en esta red no permite dar el rol «${roleNames[role].es}».`,
  });

/** What an update does to the end date: ends a current membership, brings an ended one back, or neither. */
function endDateChange(
  current: string | null,
  requested: string | null | undefined,
): MembershipEndChange | null {
  if (requested === undefined) return null;
  if (requested === null) return current === null ? null : 'reinstate';
  return 'end';
}

async function checkMemberExists(db: Executor, input: AddMembershipInput) {
  if (input.organisationId && !(await organisationExists(db, input.organisationId))) {
    throw validationFailed([{ path: 'organisationId', message: texts.noSuchOrganisation }]);
  }
  if (input.personId && !(await personExists(db, input.personId))) {
    throw validationFailed([{ path: 'personId', message: texts.noSuchPerson }]);
  }
}

async function viewOf(db: Executor, networkId: string, membershipId: string): Promise<MembershipView> {
  const row = await loadMembershipView(db, networkId, membershipId);
  if (!row) throw new ApiError('NOT_FOUND', texts.notFound);
  return toMembershipView(row);
}

/** The API shape of a membership row. */
export function toMembershipView(row: MembershipListRow): MembershipView {
  const { membership } = row;
  const base = {
    id: membership.id,
    networkId: membership.networkId,
    role: membership.role,
    startDate: membership.startDate,
    endDate: membership.endDate,
  };
  if (membership.organisationId) {
    return {
      ...base,
      member: {
        type: 'organisation',
        id: membership.organisationId,
        name: row.name,
        kind: row.organisationKind ?? 'other',
        municipality: row.municipality,
      },
    };
  }
  return {
    ...base,
    member: {
      type: 'person',
      id: membership.personId ?? '',
      displayName: row.name,
      kinds: row.personKinds ?? [],
      organisations: row.personOrganisations ?? [],
    },
  };
}
