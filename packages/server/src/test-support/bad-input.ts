/**
 * The route harness's fixed corpus of bad input, applied one place at a time to a valid request
 * so that the bad value reaches as deep as it can: NUL, a lone surrogate, a 1 MB string, SQL-looking
 * text and a malformed UUID in every string of the body, every query parameter and every path id;
 * huge, negative and fractional numbers where numbers go; unexpected fields; bodies that are not
 * JSON objects or not JSON at all, or labelled with the wrong content type; a body over the limit;
 * for upload routes, files disguised as others, empty or over the upload limit; and writes without
 * the CSRF token or from another origin.
 */
import type { HarnessRequest } from './route-access.js';
import type { JsonSchema, Operation, SendOptions } from './operations.js';
import { TEST_MAX_UPLOAD_BYTES } from './attachment-storage.js';
import { sampleExe, sampleHtml, samplePdf, sampleZip } from './sample-files.js';

/** Under the 1 MB body limit with the rest of the body, so the value reaches validation. */
const NEARLY_A_MEGABYTE = 1024 * 1024 - 4096;

export const BAD_STRINGS: Record<string, string> = {
  NUL: 'before\u0000after',
  'lone surrogate': 'before\uD800after',
  'SQL-looking text': "x' OR '1'='1'; DROP TABLE people; --",
  'malformed UUID': '6d3a5a0e-5f39-4b8e-9d0c-2b7b1f3f4e2Z',
};
const LONG_STRING = 'x'.repeat(NEARLY_A_MEGABYTE);
const LONG_QUERY_STRING = 'x'.repeat(100_000);

export const BAD_NUMBERS: Record<string, number> = {
  huge: 1e308,
  'beyond safe integers': 2 ** 53 + 1,
  negative: -1,
  fractional: 1.5,
};
const BAD_NUMBER_TEXTS = ['1e308', '-1', '1.5'];

export interface BadInput {
  name: string;
  request: HarnessRequest;
  options: SendOptions;
  /** What it must get besides the rules every answer obeys: a CSRF refusal (`signedIn`: only with a session), a size refusal. */
  mustBe?: { status: number; code: string; signedIn?: boolean };
}

/** Percent-encodes text for a URL; a lone surrogate (which encodeURIComponent refuses) as its raw bytes. */
export function encodeLoosely(value: string): string {
  let encoded = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    encoded += char.length === 1 && code >= 0xd800 && code <= 0xdfff ? '%ED%A0%80' : encodeURIComponent(char);
  }
  return encoded;
}

function urlWith(
  operation: Operation,
  request: HarnessRequest,
  override: { param?: [string, string]; query?: [string, string] },
) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    override.param?.[0] === name
      ? encodeLoosely(override.param[1])
      : encodeURIComponent(request.params?.[name] ?? ''),
  );
  const query = Object.entries({
    ...request.query,
    ...(override.query ? { [override.query[0]]: override.query[1] } : {}),
  });
  return query.length === 0
    ? path
    : `${path}?${query.map(([key, value]) => `${key}=${encodeLoosely(value)}`).join('&')}`;
}

/** Every path to a string or a number inside a JSON value. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: string | number }[] {
  if (typeof value === 'string' || typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[head!] = replaced(copy[head!], rest, replacement);
  return copy;
}

const isWrite = (operation: Operation) => operation.method !== 'GET';

/**
 * The corpus for one operation, built on a valid request (`base`) and a generated body (`sample`)
 * whose strings reach fields the base leaves out.
 */
export function badInputs(operation: Operation, base: HarnessRequest, sample: unknown): BadInput[] {
  const inputs: BadInput[] = [];
  const add = (
    name: string,
    request: HarnessRequest,
    options: SendOptions = {},
    mustBe?: BadInput['mustBe'],
  ) => inputs.push({ name, request, options, ...(mustBe ? { mustBe } : {}) });

  // One long text per operation in the URL: the first path or query parameter (they all go through the same parsing).
  let longTextUsed = false;
  const texts = () => {
    const chosen: Record<string, string> = { ...BAD_STRINGS };
    if (!longTextUsed) chosen['long text'] = LONG_QUERY_STRING;
    longTextUsed = true;
    return chosen;
  };
  for (const name of Object.keys(base.params ?? {})) {
    for (const [label, text] of Object.entries(texts())) {
      add(`${label} in the path parameter ${name}`, base, {
        url: urlWith(operation, base, { param: [name, text] }),
      });
    }
  }

  const queryParameters = ((operation.document.parameters ?? []) as JsonSchema[]).filter(
    (parameter) => parameter.in === 'query',
  );
  for (const parameter of queryParameters) {
    const values = texts();
    const type = [parameter.schema?.type].flat();
    if (type.includes('integer') || type.includes('number')) {
      for (const text of BAD_NUMBER_TEXTS) values[`number ${text}`] = text;
    }
    for (const [label, text] of Object.entries(values)) {
      add(`${label} in the query parameter ${parameter.name}`, base, {
        url: urlWith(operation, base, { query: [parameter.name, text] }),
      });
    }
  }
  add('an unexpected query parameter', base, {
    url: urlWith(operation, base, { query: ['unexpected', "1' OR 1=1"] }),
  });

  if (!isWrite(operation)) return inputs;
  if (takesFile(operation)) {
    fileInputs(add, base);
  } else {
    jsonInputs(add, base, sample);
  }
  add(
    'no CSRF token',
    base,
    { headers: { 'x-csrf-token': '' } },
    { status: 403, code: 'CSRF_FAILED', signedIn: true },
  );
  add(
    'a wrong CSRF token',
    base,
    { headers: { 'x-csrf-token': 'not-the-token' } },
    { status: 403, code: 'CSRF_FAILED', signedIn: true },
  );
  add(
    'another site’s Origin',
    base,
    { headers: { origin: 'https://attacker.example' } },
    { status: 403, code: 'CSRF_FAILED' },
  );
  return inputs;
}

type AddInput = (
  name: string,
  request: HarnessRequest,
  options?: SendOptions,
  mustBe?: BadInput['mustBe'],
) => void;

/** Upload routes take a file's raw bytes rather than JSON. */
const takesFile = (operation: Operation) =>
  Boolean(operation.document.requestBody?.content?.['application/octet-stream']);

/** Files that are not what they claim, none at all, JSON where bytes go, and one over the upload limit. */
function fileInputs(add: AddInput, base: HarnessRequest) {
  const named = (name: string): HarnessRequest => ({ ...base, query: { ...base.query, name } });
  const refused = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', signedIn: true };
  add('an empty file', named('empty.pdf'), { rawBody: new Uint8Array() }, refused);
  add('an HTML page named as a PDF', named('report.pdf'), { rawBody: sampleHtml() }, refused);
  add('a program named as a PDF', named('setup.pdf'), { rawBody: sampleExe() }, refused);
  add('a zip archive', named('bundle.zip'), { rawBody: sampleZip() }, refused);
  add('JSON instead of a file', named('data.pdf'), {
    rawBody: JSON.stringify({ file: 'x' }),
    headers: { 'content-type': 'application/json' },
  });
  add('a file without a name', { ...base, query: {} }, { rawBody: samplePdf() });
  add(
    'a file over the upload limit',
    named('big.pdf'),
    { rawBody: samplePdf(TEST_MAX_UPLOAD_BYTES) },
    { status: 413, code: 'PAYLOAD_TOO_LARGE', signedIn: true },
  );
}

function jsonInputs(add: AddInput, base: HarnessRequest, sample: unknown) {
  const body = base.body ?? {};
  const seen = new Set<string>();
  let longStringUsed = false;
  for (const source of [body, sample]) {
    for (const leaf of leaves(source)) {
      const where = leaf.path.join('.');
      if (seen.has(where)) continue;
      seen.add(where);
      if (typeof leaf.value === 'string') {
        for (const [label, text] of Object.entries(BAD_STRINGS)) {
          add(`${label} in the body at ${where}`, { ...base, body: replaced(source, leaf.path, text) });
        }
        if (!longStringUsed) {
          longStringUsed = true;
          add(`a 1 MB string in the body at ${where}`, {
            ...base,
            body: replaced(source, leaf.path, LONG_STRING),
          });
        }
      } else {
        for (const [label, number] of Object.entries(BAD_NUMBERS)) {
          add(`a ${label} number in the body at ${where}`, {
            ...base,
            body: replaced(source, leaf.path, number),
          });
        }
        add(`a number as text in the body at ${where}`, {
          ...base,
          body: replaced(source, leaf.path, String(leaf.value)),
        });
      }
    }
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    add('an unexpected field in the body', { ...base, body: { ...body, unexpected: 'x' } });
    add('an admin flag in the body', { ...base, body: { ...body, isAdmin: true } });
    const rest = JSON.stringify(body).slice(1);
    add('a __proto__ key in the body', base, {
      rawBody: `{"__proto__":{"isAdmin":true}${rest === '}' ? '' : ','}${rest}`,
    });
  }
  for (const [label, value] of [
    ['an array', []],
    ['a string', 'text'],
    ['null', null],
    ['a number', 12],
  ] as const) {
    add(`${label} as the body`, { ...base, body: value });
  }
  const json = JSON.stringify(body);
  add('malformed JSON', base, {
    rawBody: '{"nominations": [',
    headers: { 'content-type': 'application/json' },
  });
  add('JSON sent as text/plain', base, { rawBody: json, headers: { 'content-type': 'text/plain' } });
  add('a form instead of JSON', base, {
    rawBody: 'a=1&b=2',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  add('JSON without a content type', base, { rawBody: json, headers: { 'content-type': '' } });
  add(
    'a body over 1 MB',
    base,
    { rawBody: JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }) },
    { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  );
}
