/**
 * The authorisation inventory, walked: every operation of the OpenAPI document must have an entry
 * in test-support/route-access.ts, and every case of every entry is sent as each caller (each network role,
 * an admin, a teacher in no network, anonymous) against each network it applies to (own, other,
 * members-only, public). The answer must be what the oracle derives from the policy table: any
 * allow it does not expect, any refusal it does not expect, and any members-only network named in
 * an answer to someone who may not see it, is a finding.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { answerProblems } from '../test-support/answer-checks.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import type { TestResponse } from '../test-support/http-client.js';
import { listOperations, send, type Operation } from '../test-support/operations.js';
import { useTestApp } from '../test-support/test-app.js';
import {
  buildWorld,
  CALLERS,
  NETWORK_KINDS,
  type Caller,
  type NetworkKind,
  type World,
} from '../test-support/world.js';
import { ROUTE_ACCESS, type Resource } from '../test-support/route-access.js';
import { canSee, expectedOutcome, type Expected } from '../test-support/route-access.oracle.js';

/** The operations, read from an app that never touches its database. */
const operations = listOperations(createApp({ db: undefined as never }));

describe('the route inventory', () => {
  it('has an entry for every operation of the OpenAPI document, and none for an operation that is gone', () => {
    const documented = operations.map((operation) => operation.key);
    expect({
      missingFromInventory: documented.filter((key) => !(key in ROUTE_ACCESS)),
      noLongerInDocument: Object.keys(ROUTE_ACCESS).filter((key) => !documented.includes(key)),
      withoutCases: Object.entries(ROUTE_ACCESS)
        .filter(([, cases]) => cases.length === 0)
        .map(([key]) => key),
    }).toEqual({ missingFromInventory: [], noLongerInDocument: [], withoutCases: [] });
  });
});

const isNetwork = (resource: Resource): resource is NetworkKind =>
  (NETWORK_KINDS as readonly string[]).includes(resource);

const describeAnswer = ({ status, body }: TestResponse) => {
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return error ? `${status} ${error.code}: ${error.message}` : `${status}`;
};

/** What is wrong with the answer, given what the oracle expects; null when nothing. */
function judge(operation: Operation, expected: Expected, answer: TestResponse): string | null {
  const shape = answerProblems(operation, answer);
  if (shape.length > 0) return shape.join('; ');
  const success = answer.status >= 200 && answer.status < 300;
  if (expected.allowed) {
    if (expected.answer === 'conflict')
      return answer.status === 409 ? null : `expected 409, got ${describeAnswer(answer)}`;
    return success ? null : `expected a success, got ${describeAnswer(answer)}`;
  }
  if (expected.statuses.includes(answer.status)) return null;
  if (success && expected.orEmptyList && (answer.body as { items?: unknown[] }).items?.length === 0)
    return null;
  return success
    ? `UNEXPECTED ALLOW: expected ${expected.statuses.join(' or ')}, got ${answer.status}`
    : `expected ${expected.statuses.join(' or ')}, got ${describeAnswer(answer)}`;
}

/** A members-only network the caller may not see, named in a successful answer to them. */
function leak(world: World, caller: Caller, answer: TestResponse): string | null {
  if (answer.status < 200 || answer.status >= 300) return null;
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  for (const kind of NETWORK_KINDS) {
    if (canSee(world, caller, kind)) continue;
    const { id, slug, name } = world.networks[kind];
    const named = [id, slug, name].filter((secret) => text.includes(secret));
    if (named.length > 0)
      return `LEAK: the answer names the ${kind} network, which the caller may not see (${named.join(', ')})`;
  }
  return null;
}

describeOnEachEngine('the authorisation walk', (open) => {
  const t = useTestApp(open);
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(t.db, t.app);
  });

  for (const operation of operations) {
    it(`${operation.key}: every caller on every network gets what the policy says`, async () => {
      const findings: string[] = [];
      for (const accessCase of ROUTE_ACCESS[operation.key] ?? []) {
        for (const caller of CALLERS) {
          for (const resource of accessCase.resources) {
            const network = world.networks[isNetwork(resource) ? resource : 'own'];
            const request = await accessCase.request({ world, caller, resource, network });
            if (!request) continue;
            const expected = expectedOutcome(world, accessCase, caller, resource);
            const answer = await send(
              request.client ?? (await world.client(caller, { fresh: request.freshSession })),
              operation,
              request,
            );
            await request.cleanUp?.();
            const problem = judge(operation, expected, answer) ?? leak(world, caller, answer);
            if (problem) findings.push(`${accessCase.name} | ${caller} | ${resource}: ${problem}`);
          }
        }
      }
      expect(findings).toEqual([]);
    });
  }
});
