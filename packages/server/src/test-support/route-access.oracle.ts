/**
 * The oracle of the authorisation walk: from the policy table (policy.ts) and the world's facts
 * (who holds which role where, which network is public), what a caller must get from a case of the
 * route inventory. Allowed → the documented success (or 409 where the state forbids the change);
 * not allowed → 401 for anonymous callers, 403 for signed-in ones, and 404 wherever the network
 * must stay invisible to the caller (a 403 there would tell them it exists).
 */
import {
  canOnInquiry,
  canOnNetwork,
  grantableRoles,
  type NetworkFacts,
  type Principal,
} from '../authz/policy.js';
import { VISIBILITY, type Caller, type NetworkKind, type World } from './world.js';
import type { AccessCase, Resource } from './route-access.js';

export type Expected =
  | { allowed: true; answer: 'success' | 'conflict' }
  | {
      allowed: false;
      statuses: readonly number[];
      /** A list narrowed to a network the caller may not see may also answer with no items. */
      orEmptyList?: boolean;
    };

const isNetwork = (resource: Resource): resource is NetworkKind =>
  resource === 'own' || resource === 'other' || resource === 'membersOnly' || resource === 'public';

export function networkFacts(world: World, caller: Caller, kind: NetworkKind): NetworkFacts {
  return { visibility: VISIBILITY[kind], role: world.roleIn(caller, kind) };
}

/** May the caller see the network at all? */
export function canSee(world: World, caller: Caller, kind: NetworkKind): boolean {
  return canOnNetwork(world.principal(caller), 'network.view', networkFacts(world, caller, kind));
}

/** Denied: anonymous callers are asked to sign in; a network they may not see stays out of sight. */
function denied(principal: Principal, visible: boolean): Expected {
  if (principal.kind === 'anonymous') return { allowed: false, statuses: visible ? [401] : [401, 404] };
  // A visible network's resource may also be hidden (404) from someone who may not use it: both refuse.
  return { allowed: false, statuses: visible ? [403, 404] : [404] };
}

export function expectedOutcome(
  world: World,
  accessCase: AccessCase,
  caller: Caller,
  resource: Resource,
): Expected {
  const principal = world.principal(caller);
  const anonymous = principal.kind === 'anonymous';
  const isAdmin = principal.kind === 'person' && principal.isAdmin;
  const allowed: Expected = { allowed: true, answer: accessCase.whenAllowed ?? 'success' };
  const { access } = accessCase;

  switch (access.who) {
    case 'anyone':
      return allowed;
    case 'signed-in':
      return anonymous ? { allowed: false, statuses: [401] } : allowed;
    case 'admin':
      return anonymous
        ? { allowed: false, statuses: [401] }
        : isAdmin
          ? allowed
          : { allowed: false, statuses: [403] };
    case 'self':
      if (anonymous) return { allowed: false, statuses: [401] };
      return resource === 'self' || isAdmin ? allowed : { allowed: false, statuses: [403] };
    case 'leave':
      return anonymous ? { allowed: false, statuses: [401] } : allowed;
    case 'filter': {
      if (!isNetwork(resource)) throw new Error('a filter case walks networks');
      return canSee(world, caller, resource)
        ? allowed
        : { allowed: false, statuses: [404], orEmptyList: true };
    }
    case 'network': {
      if (!isNetwork(resource)) throw new Error('a network case walks networks');
      const facts = networkFacts(world, caller, resource);
      const may =
        canOnNetwork(principal, access.action, facts) &&
        (access.grants === undefined || grantableRoles(principal, facts).includes(access.grants));
      return may ? allowed : denied(principal, canSee(world, caller, resource));
    }
    case 'inquiry': {
      if (!isNetwork(resource)) throw new Error('an inquiry case walks networks');
      const facts = {
        network: networkFacts(world, caller, resource),
        visibility: access.visibility,
        teamRole: anonymous ? null : access.team,
      };
      if (canOnInquiry(principal, access.action, facts)) return allowed;
      // An inquiry the caller may not see is not found, so it does not leak; one they see but may
      // not change is forbidden.
      if (!canOnInquiry(principal, 'inquiry.view', facts))
        return { allowed: false, statuses: anonymous ? [401, 404] : [404] };
      return { allowed: false, statuses: [403] };
    }
    case 'attach-under': {
      if (!isNetwork(resource)) throw new Error('an attach case walks networks');
      // The child is a fresh copy of the caller's own network: they must be able to edit it…
      const child = networkFacts(world, caller, 'own');
      if (!canOnNetwork(principal, 'network.update', child)) {
        return denied(principal, canOnNetwork(principal, 'network.view', child));
      }
      // …and to attach it under a network, be allowed to take children in there (issue 9, hole 2).
      if (canOnNetwork(principal, 'network.attach_child', networkFacts(world, caller, resource)))
        return allowed;
      return canSee(world, caller, resource)
        ? { allowed: false, statuses: [403] }
        : // Refused without telling a hidden parent from a missing one.
          { allowed: false, statuses: [400, 403, 404] };
    }
  }
}
