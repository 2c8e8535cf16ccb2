/** The rules every answer obeys, checked on answers made up to break each one (no database). */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { answerProblems } from './answer-checks.js';
import type { TestResponse } from './http-client.js';
import { listOperations } from './operations.js';

const operations = listOperations(createApp({ db: undefined as never }));
const operation = (key: string) => operations.find((candidate) => candidate.key === key)!;
const json = (status: number, body: unknown): TestResponse => ({
  status,
  body,
  headers: new Headers({ 'content-type': 'application/json' }),
});
const regions = operation('GET /regions');
const network = operation('GET /networks/{id}');

describe('answer checks', () => {
  it('accept answers as documented', () => {
    expect(answerProblems(regions, json(200, { items: [{ name: 'Valdemar', networkCount: 3 }] }))).toEqual(
      [],
    );
    expect(
      answerProblems(network, json(404, { error: { code: 'NOT_FOUND', message: 'Network not found.' } })),
    ).toEqual([]);
    // The edge refuses invalid text on every route, documented once for the whole API.
    expect(
      answerProblems(regions, json(400, { error: { code: 'BAD_REQUEST', message: 'Not text.' } })),
    ).toEqual([]);
  });

  it('refuse any 5xx', () => {
    expect(
      answerProblems(network, json(500, { error: { code: 'INTERNAL', message: 'Oops.' } })),
    ).toHaveLength(1);
  });

  it('refuse errors off the one shape, with codes outside the catalogue or with another status', () => {
    expect(answerProblems(network, json(404, { message: 'Not found' }))).not.toEqual([]);
    expect(answerProblems(network, json(404, { error: { code: 'GONE', message: 'x' } }))).not.toEqual([]);
    expect(answerProblems(network, json(404, { error: { code: 'FORBIDDEN', message: 'x' } }))).not.toEqual(
      [],
    );
    expect(
      answerProblems(network, json(404, { error: { code: 'NOT_FOUND', message: 'x', stack: 'at…' } })),
    ).not.toEqual([]);
  });

  it('refuse statuses the route does not document', () => {
    expect(answerProblems(regions, json(201, { items: [] }))).not.toEqual([]);
    expect(answerProblems(regions, json(409, { error: { code: 'CONFLICT', message: 'x' } }))).not.toEqual([]);
  });

  it('refuse successes that do not parse with the documented schema, or carry undocumented fields', () => {
    expect(
      answerProblems(regions, json(200, { items: [{ name: 'Valdemar', networkCount: '3' }] })),
    ).not.toEqual([]);
    expect(
      answerProblems(regions, json(200, { items: [{ name: 'Valdemar', networkCount: 3, hidden: 'x' }] })),
    ).toEqual(['200: undocumented fields in the answer: items[0].hidden']);
  });
});
