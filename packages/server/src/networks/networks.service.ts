import { recordAudit } from '../audit/audit.js';
import {
  canCreateNetwork,
  canOnNetwork,
  grantableRoles,
  type NetworkFacts,
  type Principal,
} from '../authz/policy.js';
import type { Database, Executor } from '../db/database.js';
import { ApiError, validationFailed } from '../shared/errors.js';
import { networkTexts as texts } from './networks.texts.js';
import type { CreateNetworkInput, UpdateNetworkInput } from './networks.schema.js';
import {
  ancestorIds,
  existingNetworkIds,
  findNetwork,
  findNetworkWithRole,
  insertNetwork,
  networksNamed,
  parentIdsOf,
  networkPageFacts,
  replaceParents,
  updateNetworkRow,
  type NetworkRow,
} from './networks.queries.js';

/** A network with the facts authorisation needs about the principal. */
export interface NetworkInContext {
  network: NetworkRow;
  facts: NetworkFacts;
}

/**
 * Loads a network the principal may see. A network they may not see is reported as not found,
 * so that its existence does not leak.
 */
export async function loadVisibleNetwork(
  db: Executor,
  principal: Principal,
  key: string,
): Promise<NetworkInContext> {
  const found = await findNetworkWithRole(db, key, principal.kind === 'person' ? principal.personId : null);
  if (!found) throw new ApiError('NOT_FOUND', texts.notFound);
  const { network, role } = found;
  const facts: NetworkFacts = { visibility: network.visibility, role };
  if (!canOnNetwork(principal, 'network.view', facts)) throw new ApiError('NOT_FOUND', texts.notFound);
  return { network, facts };
}

/** The network page: the network, its parents and children, member counts and the caller's permissions. */
export async function networkDetail(
  db: Executor,
  principal: Principal,
  { network, facts }: NetworkInContext,
) {
  const { parents, children, memberCounts } = await networkPageFacts(db, principal, network.id);
  return {
    ...toNetworkCore(network),
    purpose: network.purpose,
    purposeEs: network.purposeEs,
    goal: network.goal,
    goalEs: network.goalEs,
    parents,
    children,
    memberCounts,
    permissions: {
      update: canOnNetwork(principal, 'network.update', facts),
      addMembers: canOnNetwork(principal, 'membership.add', facts),
      changeRoles: canOnNetwork(principal, 'membership.change_role', facts),
      endMemberships: canOnNetwork(principal, 'membership.end', facts),
      grantableRoles: [...grantableRoles(principal, facts)],
      viewPeople: canOnNetwork(principal, 'network.view_people', facts),
    },
    createdAt: network.createdAt.toISOString(),
    updatedAt: network.updatedAt.toISOString(),
  };
}

/** The fields every network representation shares. */
export function toNetworkCore(network: NetworkRow) {
  return {
    id: network.id,
    slug: network.slug,
    name: network.name,
    kind: network.kind,
    level: network.level,
    scopes: network.scopes,
    approach: network.approach,
    country: network.country,
    region: network.region,
    municipality: network.municipality,
    status: network.status,
    visibility: network.visibility,
  };
}

/** Creates a network (admins only), with its parents, in one transaction. */
export async function createNetwork(db: Database, principal: Principal, input: CreateNetworkInput) {
  if (!canCreateNetwork(principal)) throw new ApiError('FORBIDDEN', texts.onlyAdminsCreate);
  const actorId = principal.kind === 'person' ? principal.personId : null;
  return db.transaction(async (tx) => {
    if (await findNetwork(tx, input.slug))
      throw new ApiError('CONFLICT', texts.slugTaken, {
        field: 'slug',
        issues: [{ path: 'slug', message: texts.slugTaken }],
      });
    const { parentIds = [], allowSameName, ...fields } = input;
    const [namesake] = allowSameName ? [] : await networksNamed(tx, input.name);
    if (namesake) {
      const message = {
        en: `A network called “${namesake.name}” already exists. To create a second one, confirm it.`,
        es: `Ya existe una red llamada «${namesake.name}». Para crear otra con el mismo nombre, confírmalo.`,
      };
      throw new ApiError('CONFLICT', message, {
        field: 'name',
        existing: namesake,
        issues: [{ path: 'name', message }],
      });
    }
    await checkParentsExist(tx, parentIds);
    await checkMayAttachUnder(tx, principal, parentIds);
    const network = await insertNetwork(tx, fields);
    await replaceParents(tx, network.id, parentIds);
    await recordAudit(tx, {
      actorId,
      action: 'network.create',
      entityType: 'network',
      entityId: network.id,
      details: input,
    });
    return network;
  });
}

/** Applies a partial update; parents are replaced as a whole and may not form a cycle. */
export async function updateNetwork(
  db: Database,
  principal: Principal,
  key: string,
  input: UpdateNetworkInput,
) {
  const actorId = principal.kind === 'person' ? principal.personId : null;
  return db.transaction(async (tx) => {
    const { network, facts } = await loadVisibleNetwork(tx, principal, key);
    if (!canOnNetwork(principal, 'network.update', facts)) {
      throw new ApiError('FORBIDDEN', texts.onlyCoordinatorsEdit);
    }
    const { parentIds, ...fields } = input;
    if (parentIds) {
      await checkParentsExist(tx, parentIds);
      const current = new Set(await parentIdsOf(tx, network.id));
      await checkMayAttachUnder(
        tx,
        principal,
        parentIds.filter((id) => !current.has(id)),
      );
      if ((await ancestorIds(tx, parentIds)).has(network.id)) {
        throw validationFailed([{ path: 'parentIds', message: texts.parentCycle }]);
      }
      await replaceParents(tx, network.id, parentIds);
    }
    const updated = Object.keys(fields).length > 0 ? await updateNetworkRow(tx, network.id, fields) : network;
    if (!updated) throw new ApiError('NOT_FOUND', texts.notFound);
    await recordAudit(tx, {
      actorId,
      action: 'network.update',
      entityType: 'network',
      entityId: network.id,
      details: input,
    });
    return updated;
  });
}

/**
 * A network placed under another lets its people into the parent's surveys and analyses, so each
 * new parent must agree through its own coordinators (or an admin). A parent the principal may not
 * see answers as missing, like one that does not exist. Leaving a parent needs no one's consent.
 */
async function checkMayAttachUnder(db: Executor, principal: Principal, newParentIds: readonly string[]) {
  const personId = principal.kind === 'person' ? principal.personId : null;
  for (const parentId of newParentIds) {
    const found = await findNetworkWithRole(db, parentId, personId);
    const facts: NetworkFacts | undefined = found && {
      visibility: found.network.visibility,
      role: found.role,
    };
    if (!found || !facts || !canOnNetwork(principal, 'network.view', facts))
      throw noNetworkWithIds([parentId]);
    if (!canOnNetwork(principal, 'network.attach_child', facts)) {
      // Said at the field, so that the form shows it beside the list of parents.
      const message = {
        en: `Only the coordinators of “${found.network.name}” may put a network under it.`,
        es: `Solo la coordinación de «${found.network.name}» puede poner una red dentro de ella.`,
      };
      throw new ApiError('FORBIDDEN', message, { issues: [{ path: 'parentIds', message }] });
    }
  }
}

const noNetworkWithIds = (ids: readonly string[]) => {
  const message = {
    en: `No network with id ${ids.join(', ')}.`,
    es: `No hay ninguna red con el id ${ids.join(', ')}.`,
  };
  return new ApiError('VALIDATION_FAILED', `parentIds: ${message.en}`, {
    issues: [{ path: 'parentIds', message }],
  });
};

async function checkParentsExist(db: Executor, parentIds: readonly string[]) {
  const unique = new Set(parentIds);
  if (unique.size !== parentIds.length) {
    throw validationFailed([{ path: 'parentIds', message: texts.parentOnce }]);
  }
  const found = await existingNetworkIds(db, parentIds);
  const missing = parentIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw noNetworkWithIds(missing);
}
