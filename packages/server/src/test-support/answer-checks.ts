/**
 * What every answer of the API must be, whatever was asked: never a 5xx; an error always in the
 * one shape `{ error: { code, message, details? } }` with a catalogue code that matches its status
 * and a status the route documents (or one the edge gives every route); a success only with a
 * status the route documents, and a body that parses with the route's zod
 * response schema without fields the schema does not document.
 */
import { ERROR_STATUS } from '../shared/errors.js';
import type { TestResponse } from './http-client.js';
import { documentedStatuses, responseMediaTypes, responseSchema, type Operation } from './operations.js';

/** Problems with one answer; empty when it is as documented. */
export function answerProblems(operation: Operation, answer: TestResponse): string[] {
  const { status, body } = answer;
  if (status >= 500) return [`${status} ${JSON.stringify(body).slice(0, 200)}`];
  if (status >= 400)
    return [...errorShapeProblems(status, body), ...undocumentedErrorProblems(operation, status, body)];
  if (status < 200 || status >= 300) return [`unexpected status ${status}`];
  if (!documentedStatuses(operation).includes(status))
    return [`status ${status} is not documented for ${operation.key}`];
  return successProblems(operation, answer);
}

/**
 * Refusals made below the routes, for any route alike (the edge's invalid-text check, the CSRF
 * guard, the body limit): the API's description states them once, so a route need not list them.
 */
const EDGE_REFUSALS = new Set(['400 BAD_REQUEST', '403 CSRF_FAILED', '413 PAYLOAD_TOO_LARGE']);

function undocumentedErrorProblems(operation: Operation, status: number, body: unknown): string[] {
  const code = isObject(body) && isObject(body.error) ? String(body.error.code) : '';
  if (documentedStatuses(operation).includes(status) || EDGE_REFUSALS.has(`${status} ${code}`)) return [];
  return [`${status} ${code} is not documented for ${operation.key}`];
}

function errorShapeProblems(status: number, body: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(body) || Object.keys(body).join() !== 'error' || !isObject(body.error)) {
    return [
      `${status}: the error is not { error: { code, message, details? } }: ${JSON.stringify(body).slice(0, 200)}`,
    ];
  }
  const { code, message, ...rest } = body.error;
  const extra = Object.keys(rest).filter((key) => key !== 'details');
  if (typeof code !== 'string' || !(code in ERROR_STATUS))
    problems.push(`${status}: error code ${JSON.stringify(code)} is not in the catalogue`);
  else if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== status)
    problems.push(
      `${status}: error code ${code} belongs with ${ERROR_STATUS[code as keyof typeof ERROR_STATUS]}`,
    );
  if (typeof message !== 'string' || message.length === 0)
    problems.push(`${status}: the error has no message`);
  if (extra.length > 0) problems.push(`${status}: the error has undocumented fields ${extra.join(', ')}`);
  return problems;
}

function successProblems(operation: Operation, { status, body, headers }: TestResponse): string[] {
  const mediaTypes = responseMediaTypes(operation, status);
  if (mediaTypes.length === 0) {
    return body === null || body === '' ? [] : [`${status}: documented without a body, but one came`];
  }
  const contentType = headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (!mediaTypes.includes(contentType))
    return [`${status}: content type ${contentType} is not one of ${mediaTypes.join(', ')}`];
  const schema = responseSchema(operation, status);
  if (!schema || contentType !== 'application/json') return [];
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return [`${status}: the answer does not match the documented schema (${issues.join('; ')})`];
  }
  const extra = undocumentedFields(body, parsed.data, '');
  return extra.length > 0
    ? [`${status}: undocumented fields in the answer: ${extra.slice(0, 5).join(', ')}`]
    : [];
}

/** Paths of keys the answer has but the schema's output dropped (zod strips what it does not know). */
function undocumentedFields(sent: unknown, kept: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent
      .flatMap((item, index) => undocumentedFields(item, kept[index], `${path}[${index}]`))
      .slice(0, 5);
  }
  if (!isObject(sent) || !isObject(kept)) return [];
  return Object.keys(sent).flatMap((key) =>
    key in kept
      ? undocumentedFields(sent[key], kept[key], path ? `${path}.${key}` : key)
      : [path ? `${path}.${key}` : key],
  );
}

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
