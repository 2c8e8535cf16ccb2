/** The oracle, on facts stated here: what it expects is what the policy table says (no database). */
import { describe, expect, it } from 'vitest';
import type { Caller, NetworkKind, World } from '../test-support/world.js';
import type { AccessCase } from '../test-support/route-access.js';
import { expectedOutcome } from '../test-support/route-access.oracle.js';
import type { NetworkAction } from './policy.js';

/** Just the facts the oracle reads: who each caller is, and their role (the role callers: in `own`). */
const world = {
  principal: (caller: Caller) =>
    caller === 'anonymous'
      ? { kind: 'anonymous' }
      : { kind: 'person', personId: caller, isAdmin: caller === 'admin' },
  roleIn: (caller: Caller, kind: NetworkKind) =>
    kind === 'own' && !['admin', 'outsider', 'anonymous'].includes(caller) ? caller : null,
} as unknown as World;

const onNetwork = (action: NetworkAction, whenAllowed?: 'conflict'): AccessCase => ({
  name: action,
  access: { who: 'network', action },
  resources: ['own', 'other', 'membersOnly', 'public'],
  request: () => ({}),
  ...(whenAllowed ? { whenAllowed } : {}),
});
const attach: AccessCase = {
  name: 'attach',
  access: { who: 'attach-under' },
  resources: [],
  request: () => ({}),
};

describe('the authorisation oracle', () => {
  it('lets through exactly the roles the policy table names', () => {
    expect(expectedOutcome(world, onNetwork('survey.manage'), 'evaluator', 'own')).toEqual({
      allowed: true,
      answer: 'success',
    });
    expect(expectedOutcome(world, onNetwork('survey.manage'), 'member', 'own')).toEqual({
      allowed: false,
      statuses: [403, 404],
    });
    expect(expectedOutcome(world, onNetwork('survey.answer'), 'admin', 'own').allowed).toBe(false);
    expect(expectedOutcome(world, onNetwork('survey.answer', 'conflict'), 'member', 'own')).toEqual({
      allowed: true,
      answer: 'conflict',
    });
  });

  it('keeps a members-only network out of sight of those not in it: 404, never 403', () => {
    expect(expectedOutcome(world, onNetwork('network.view'), 'coordinator', 'membersOnly')).toEqual({
      allowed: false,
      statuses: [404],
    });
    expect(expectedOutcome(world, onNetwork('network.view'), 'outsider', 'own')).toEqual({
      allowed: false,
      statuses: [404],
    });
    expect(expectedOutcome(world, onNetwork('network.view'), 'anonymous', 'membersOnly')).toEqual({
      allowed: false,
      statuses: [401, 404],
    });
  });

  it('treats an ended membership as none', () => {
    expect(expectedOutcome(world, onNetwork('analysis.view'), 'member', 'other')).toEqual({
      allowed: false,
      statuses: [403, 404],
    });
  });

  it('asks anonymous visitors to sign in where they could see the network', () => {
    expect(expectedOutcome(world, onNetwork('network.view'), 'anonymous', 'public').allowed).toBe(true);
    expect(expectedOutcome(world, onNetwork('network.view_people'), 'anonymous', 'public')).toEqual({
      allowed: false,
      statuses: [401],
    });
  });

  it('lets a network under another only with the other network’s coordinators', () => {
    expect(expectedOutcome(world, attach, 'coordinator', 'own').allowed).toBe(true);
    expect(expectedOutcome(world, attach, 'coordinator', 'public')).toEqual({
      allowed: false,
      statuses: [403],
    });
    expect(expectedOutcome(world, attach, 'coordinating_committee', 'own').allowed).toBe(false);
    expect(expectedOutcome(world, attach, 'member', 'own').allowed).toBe(false);
    expect(expectedOutcome(world, attach, 'admin', 'membersOnly').allowed).toBe(true);
  });
});
