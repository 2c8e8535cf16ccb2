/**
 * The route harness: every operation of the OpenAPI document gets generated requests (fast-check
 * arbitraries from the document's schemas, sent as a random caller: each network role, an admin,
 * a teacher in no network, anonymous) and the fixed corpus of bad input (test-support/bad-input.ts),
 * and every answer must keep the rules of test-support/answer-checks.ts: no 5xx, errors in the
 * one shape, successes as documented. Writes that need a session answer 401 to anonymous callers
 * whatever they send, and CSRF and size refusals are what they must be.
 *
 * A new route is covered the day it is added: the operations are read from the document, and the
 * valid request each starts from is its first case in test-support/route-access.ts (whose test fails while
 * the route has none). The run is seeded (TRELLIS_HARNESS_SEED to try another) and bounded.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import {
  ROUTE_ACCESS,
  type AccessCase,
  type HarnessRequest,
  type Resource,
} from '../test-support/route-access.js';
import { expectedOutcome } from '../test-support/route-access.oracle.js';
import { answerProblems } from '../test-support/answer-checks.js';
import { badInputs, type BadInput } from '../test-support/bad-input.js';
import { describeOnEachEngine } from '../test-support/engines.js';
import type { TestResponse } from '../test-support/http-client.js';
import {
  listOperations,
  openApiDocument,
  send,
  type JsonSchema,
  type Operation,
} from '../test-support/operations.js';
import { arbitraryFromSchema, queryArbitrary } from '../test-support/schema-arbitrary.js';
import { useTestApp } from '../test-support/test-app.js';
import { buildWorld, CALLERS, NETWORK_KINDS, type Caller, type World } from '../test-support/world.js';

const SEED = Number(process.env.TRELLIS_HARNESS_SEED ?? 20_261_201);
/** Generated requests per operation (each from a random caller). */
const GENERATED_RUNS = 10;

const offlineApp = createApp({ db: undefined as never });
const operations = listOperations(offlineApp);
const document = openApiDocument(offlineApp);

const isWrite = (operation: Operation) => operation.method !== 'GET';
const casesOf = (operation: Operation) => ROUTE_ACCESS[operation.key] ?? [];
const firstResource = (accessCase: AccessCase): Resource => accessCase.resources[0] ?? 'none';

/** Writes that need a session: anything but the inventory's `anyone` and filter cases. */
const needsSession = (operation: Operation) =>
  isWrite(operation) &&
  casesOf(operation).every((accessCase) => !['anyone', 'filter'].includes(accessCase.access.who));

/** The valid request a caller starts from: the first case of the operation that applies to them. */
async function baseRequest(world: World, operation: Operation, caller: Caller): Promise<HarnessRequest> {
  for (const accessCase of casesOf(operation)) {
    const resource = firstResource(accessCase);
    const network =
      world.networks[(NETWORK_KINDS as readonly string[]).includes(resource) ? (resource as 'own') : 'own'];
    const request = await accessCase.request({ world, caller, resource, network });
    if (request) return request;
  }
  throw new Error(`${operation.key}: no case of the route inventory applies to ${caller}`);
}

/** The caller who gets furthest into the handler: the first one the policy lets through. */
function deepestCaller(world: World, operation: Operation): Caller {
  const [first] = casesOf(operation);
  if (!first) return 'admin';
  return (
    CALLERS.find((caller) => expectedOutcome(world, first, caller, firstResource(first)).allowed) ?? 'admin'
  );
}

/** The rules one answer breaks, given who sent what. */
function problemsOf(operation: Operation, caller: Caller, answer: TestResponse, input?: BadInput): string[] {
  const problems = answerProblems(operation, answer);
  const code = (answer.body as { error?: { code?: string } } | null)?.error?.code;
  const must = input?.mustBe;
  if (
    must &&
    (!must.signedIn || caller !== 'anonymous') &&
    (answer.status !== must.status || code !== must.code)
  ) {
    problems.push(`expected ${must.status} ${must.code}, got ${answer.status} ${code ?? ''}`);
  }
  const edgeRefusal = answer.status === 413 || (answer.status === 403 && code === 'CSRF_FAILED');
  if (caller === 'anonymous' && needsSession(operation) && answer.status !== 401 && !edgeRefusal) {
    problems.push(`an anonymous write answered ${answer.status} ${code ?? ''}, not 401`);
  }
  return problems;
}

const definedOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A generated body over the valid one (or the other way round), so generated fields meet real ids. */
function mixBodies(valid: unknown, generated: unknown, generatedWins: boolean): unknown {
  if (!isPlainObject(valid) || !isPlainObject(generated)) return generated;
  return generatedWins ? { ...valid, ...generated } : { ...generated, ...valid };
}

describeOnEachEngine('the route harness', (open) => {
  const t = useTestApp(open);
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(t.db, t.app);
  });

  for (const operation of operations) {
    const bodySchema = operation.document.requestBody?.content?.['application/json']?.schema as
      JsonSchema | undefined;
    const bodies = bodySchema ? arbitraryFromSchema(document, bodySchema) : fc.constant(undefined);
    const parameters = (operation.document.parameters ?? []) as JsonSchema[];
    const queries = queryArbitrary(document, parameters);
    const pathModel: Record<string, fc.Arbitrary<unknown>> = {};
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      // Mostly the real id (so the rest reaches the handler), sometimes any value the schema allows.
      pathModel[parameter.name] = fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: arbitraryFromSchema(document, parameter.schema ?? {}) },
      );
    }

    describe(operation.key, () => {
      it('answers generated requests from every caller as documented', async () => {
        const property = fc.asyncProperty(
          fc.constantFrom(...CALLERS),
          bodies,
          queries,
          fc.record(pathModel),
          fc.boolean(),
          async (caller, body, query, params, generatedWins) => {
            const valid = await baseRequest(world, operation, caller);
            const request: HarnessRequest = {
              params: { ...valid.params, ...definedOnly(params) },
              query: { ...valid.query, ...query },
              body: bodySchema ? mixBodies(valid.body, body, generatedWins) : valid.body,
            };
            const answer = await send(
              valid.client ?? (await world.client(caller, { fresh: valid.freshSession })),
              operation,
              request,
            );
            await valid.cleanUp?.();
            const problems = problemsOf(operation, caller, answer);
            if (problems.length > 0) throw new Error(problems.join('; '));
          },
        );
        await fc.assert(property, { seed: SEED, numRuns: GENERATED_RUNS, endOnFailure: true });
      });

      it('answers the corpus of bad input as documented', async () => {
        const findings: string[] = [];
        const deepest = deepestCaller(world, operation);
        const [sample] = fc.sample(bodies, { seed: SEED, numRuns: 1 });
        const count = badInputs(operation, await baseRequest(world, operation, deepest), sample).length;
        for (let index = 0; index < count; index++) {
          // The caller who gets furthest, and (for writes that need a session) anonymous callers on
          // every third input: they must be asked to sign in before anything is validated.
          const callers: Caller[] =
            needsSession(operation) && index % 3 === 0 ? [deepest, 'anonymous'] : [deepest];
          for (const caller of callers) {
            // A fresh valid request each time: writes use their fixtures up.
            const valid = await baseRequest(world, operation, caller);
            const input = badInputs(operation, valid, sample)[index]!;
            const answer = await send(
              valid.client ?? (await world.client(caller, { fresh: valid.freshSession })),
              operation,
              input.request,
              input.options,
            );
            await valid.cleanUp?.();
            for (const problem of problemsOf(operation, caller, answer, input))
              findings.push(`${input.name} | ${caller}: ${problem}`);
          }
        }
        expect(findings).toEqual([]);
      });
    });
  }
});
